
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's16d62fea338d3815': `Líneas de ayuda`,
's475d31bcaa855d22': `También sirve pulsar Shift 3 veces.`,
's58e91a50cfe1cdc0': `Falta 1 pulsación de Shift para salir de esta página.`,
's7b016238cbf17ccc': str`Enviar un mensaje de texto al ${0}`,
's7dfc22ad37bfdf0f': str`Llamar al ${0}`,
's8b7115e319d04d6e': `Ayuda inmediata`,
'sa389e5bbfa0da72e': `Saliendo de esta página.`,
'sa3a9ddbbfa43f996': `Saliendo de esta página…`,
'saa083729b090f86b': str`Enviar ${0} por mensaje de texto al ${1}`,
'sc14c2669397dc548': str`Faltan ${0} pulsaciones de Shift para salir de esta página.`,
'se6024a6b91daed2d': `Líneas de ayuda y salida rápida`,
'sf5086d2bcd087164': `Salida rápida`,
    };
  