
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0402e': str`Puntuación: ${0} de ${1}`,
's135eb': str`Acertaste: ${0}.`,
's1dfa7': `Cargando el cuestionario…`,
's29cea': str`Te faltó: ${0}.`,
's30785': `Falta elegir una respuesta.`,
's31f1a': `Más información`,
's3207b': `respuesta elegida`,
's3644d': str`No es una respuesta correcta: ${0}.`,
's45156': `Cuestionario`,
's475d3': `También sirve pulsar Shift 3 veces.`,
's477e1': `No se pudo cargar este cuestionario; en su lugar se muestra uno de los nuestros.`,
's4aee3': str`Respuestas correctas: ${0}`,
's52d60': `No exactamente.`,
's58e91': `Falta 1 pulsación de Shift para salir de esta página.`,
's5a5ba': `Ver resultados`,
's61185': str`Respuesta correcta: ${0}`,
's69f88': `Comprobar respuesta`,
's723fc': `No se pudo cargar el cuestionario. Se volverá a intentar cuando tengas conexión.`,
's7b016': str`Enviar un mensaje de texto al ${0}`,
's7dfc2': str`Llamar al ${0}`,
's81976': `Todas las respuestas son correctas.`,
's81fa2': `(se abre en una pestaña nueva)`,
's88eac': `respuesta correcta`,
's8b711': `Ayuda inmediata`,
's8c867': str`Pregunta ${0} de ${1}`,
'sa389e': `Saliendo de esta página.`,
'sa3a9d': `Saliendo de esta página…`,
'saa083': str`Enviar ${0} por mensaje de texto al ${1}`,
'sabed5': `Correcto.`,
'sb4d61': `Hay más de una respuesta correcta.`,
'sc14c2': str`Faltan ${0} pulsaciones de Shift para salir de esta página.`,
'scd1dd': `Intentar de nuevo`,
'sf5086': `Salida rápida`,
'sf5c36': `Siguiente pregunta`,
'sf6895': `Preguntas para repasar`,
    };
  