
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's475d31': `O pulse Mayús 3 veces.`,
's58e91a': `Pulse Mayús 1 vez más para salir de esta página.`,
's7b0162': str`Texto al ${0}`,
's7dfc22': str`Llamar al ${0}`,
's8b7115': `Pida ayuda ahora`,
'sa389e5': `Saliendo de esta página.`,
'sa3a9dd': `Saliendo de esta página…`,
'saa0837': str`Enviar ${0} por texto al ${1}`,
'sc14c26': str`Pulse Mayús ${0} veces más para salir de esta página.`,
'sf5086d': `Salida rápida`,
    };
  