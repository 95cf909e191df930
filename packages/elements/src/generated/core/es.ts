
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's475d31bcaa855d22': `O pulse Mayús 3 veces.`,
's58e91a50cfe1cdc0': `Pulse Mayús 1 vez más para salir de esta página.`,
's7b016238cbf17ccc': str`Texto al ${0}`,
's7dfc22ad37bfdf0f': str`Llamar al ${0}`,
's8b7115e319d04d6e': `Pida ayuda ahora`,
'sa389e5bbfa0da72e': `Saliendo de esta página.`,
'sa3a9ddbbfa43f996': `Saliendo de esta página…`,
'saa083729b090f86b': str`Enviar ${0} por texto al ${1}`,
'sc14c2669397dc548': str`Pulse Mayús ${0} veces más para salir de esta página.`,
'sf5086d2bcd087164': `Salida rápida`,
    };
  