
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's16d62': `Líneas de ayuda`,
's475d3': `También sirve pulsar Shift 3 veces.`,
's58e91': `Falta 1 pulsación de Shift para salir de esta página.`,
's7b016': str`Enviar un mensaje de texto al ${0}`,
's7dfc2': str`Llamar al ${0}`,
's8b711': `Ayuda inmediata`,
'sa389e': `Saliendo de esta página.`,
'sa3a9d': `Saliendo de esta página…`,
'saa083': str`Enviar ${0} por mensaje de texto al ${1}`,
'sc14c2': str`Faltan ${0} pulsaciones de Shift para salir de esta página.`,
'se6024': `Líneas de ayuda y salida rápida`,
'sf5086': `Salida rápida`,
    };
  