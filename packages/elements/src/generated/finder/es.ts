
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0450e5': str`Desde los ${0} años`,
's103ca7': `Por ejemplo: vivienda, legal, LGBTQ, mentoría`,
's13829d': `Última verificación: no consta`,
's1c660d': `Cualquier idioma`,
's2654a2': `No se pudo cargar la lista de esta página; se muestra la lista de HART.`,
's2dbd28': str`Toda la ${0}`,
's391f3a': `Región o ciudad`,
's3d61fb': str`Problema con el servicio ${0} de HART`,
's475d31': `O pulse Mayús 3 veces.`,
's58e91a': `Pulse Mayús 1 vez más para salir de esta página.`,
's5d929f': `Buscar`,
's62d522': `Ningún servicio coincide con todo eso. Pruebe con menos palabras o quite un filtro. Siempre puede llamar o enviar un texto:`,
's70ed2c': `1 servicio`,
's7ae9c2': `Tipo de ayuda`,
's7b0162': str`Texto al ${0}`,
's7b7d2f': `Informar de un problema con este servicio`,
's7dfc22': str`Llamar al ${0}`,
's82665b': `Sitio web`,
's88f41f': `Buscar un servicio`,
's8a3ae7': `Cómo recibir ayuda:`,
's8eeccb': `No se encontraron servicios`,
's9c5ede': str`Última verificación: ${0}`,
'sa389e5': `Saliendo de esta página.`,
'sa3a9dd': `Saliendo de esta página…`,
'sa544ad': str`Hasta los ${0} años`,
'sa6dd34': str`De ${0} a ${1} años`,
'sa867ce': `Dónde:`,
'saa0837': str`Enviar ${0} por texto al ${1}`,
'sac616d': str`${0} servicios`,
'sb2c57b': `Mostrar más`,
'sc14c26': str`Pulse Mayús ${0} veces más para salir de esta página.`,
'sc66215': `Para quién:`,
'se21acc': `Cualquier lugar de Connecticut`,
'se25329': `Quitar filtros`,
'se32ddb': str`Se muestran ${0} de ${1}`,
'sefcf95': `Idioma`,
'sf5086d': `Salida rápida`,
'sf9b8d4': `Edad`,
'sfdd71a': `Todas las edades`,
    };
  