
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0402e6': str`Su puntuación: ${0} de ${1}`,
's1dfa78': `Cargando el cuestionario…`,
's307855': `Primero elija una respuesta.`,
's31f1af': `Más información`,
's45156c': `Cuestionario`,
's475d31': `O pulse Mayús 3 veces.`,
's477e1c': `No se pudo cargar este cuestionario; en su lugar, aquí tiene uno de los nuestros.`,
's4aee35': str`Respuestas correctas: ${0}`,
's52d608': `No exactamente.`,
's58e91a': `Pulse Mayús 1 vez más para salir de esta página.`,
's5a5ba5': `Ver resultados`,
's61185a': str`Respuesta correcta: ${0}`,
's69f884': `Comprobar respuesta`,
's7b0162': str`Texto al ${0}`,
's7dfc22': str`Llamar al ${0}`,
's81976a': `Respondió correctamente todas las preguntas.`,
's88eac6': `respuesta correcta`,
's8b7115': `Pida ayuda ahora`,
's8c8674': str`Pregunta ${0} de ${1}`,
'sa389e5': `Saliendo de esta página.`,
'sa3a9dd': `Saliendo de esta página…`,
'saa0837': str`Enviar ${0} por texto al ${1}`,
'sabed5a': `Correcto.`,
'sb4d614': `Elija todas las que correspondan.`,
'sc14c26': str`Pulse Mayús ${0} veces más para salir de esta página.`,
'scd1dd6': `Intentar de nuevo`,
'sf5086d': `Salida rápida`,
'sf5c365': `Siguiente pregunta`,
'sf68951': `Preguntas para repasar`,
    };
  