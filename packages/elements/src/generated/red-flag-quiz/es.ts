
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0402e6116cbff68f': str`Puntuación: ${0} de ${1}`,
's135eb2bc09cab642': str`Acertaste: ${0}.`,
's1dfa787c244103f1': `Cargando el cuestionario…`,
's29ceaa1e98af3c0f': str`Te faltó: ${0}.`,
's307855690b8b32c5': `Falta elegir una respuesta.`,
's31f1afc1bfe1cb3a': `Más información`,
's3207bf60341cbe68': `respuesta elegida`,
's3644dc08c1d5b151': str`No es una respuesta correcta: ${0}.`,
's45156c13b0fb3494': `Cuestionario`,
's475d31bcaa855d22': `También sirve pulsar Shift 3 veces.`,
's477e1c7b37ab14ac': `No se pudo cargar este cuestionario; en su lugar se muestra uno de los nuestros.`,
's4aee3510b029e4b2': str`Respuestas correctas: ${0}`,
's52d6085fa6c02bba': `No exactamente.`,
's58e91a50cfe1cdc0': `Falta 1 pulsación de Shift para salir de esta página.`,
's5a5ba563b11bb41e': `Ver resultados`,
's61185aa169315deb': str`Respuesta correcta: ${0}`,
's69f884111f3a2f3f': `Comprobar respuesta`,
's723fc23762cf3495': `No se pudo cargar el cuestionario. Se volverá a intentar cuando tengas conexión.`,
's7b016238cbf17ccc': str`Enviar un mensaje de texto al ${0}`,
's7dfc22ad37bfdf0f': str`Llamar al ${0}`,
's81976a346726ad49': `Todas las respuestas son correctas.`,
's81fa26ccde47d6b4': `(se abre en una pestaña nueva)`,
's88eac6ee1059a4a5': `respuesta correcta`,
's8b7115e319d04d6e': `Ayuda inmediata`,
's8c8674f87c7198fe': str`Pregunta ${0} de ${1}`,
'sa389e5bbfa0da72e': `Saliendo de esta página.`,
'sa3a9ddbbfa43f996': `Saliendo de esta página…`,
'saa083729b090f86b': str`Enviar ${0} por mensaje de texto al ${1}`,
'sabed5a7abe3b5f8d': `Correcto.`,
'sb4d61478d1c920ae': `Hay más de una respuesta correcta.`,
'sc14c2669397dc548': str`Faltan ${0} pulsaciones de Shift para salir de esta página.`,
'scd1dd6ff53d0d01a': `Intentar de nuevo`,
'sf5086d2bcd087164': `Salida rápida`,
'sf5c3651685dab604': `Siguiente pregunta`,
'sf6895185ac078abd': `Preguntas para repasar`,
    };
  