
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0450e5c259a7a393': str`Desde los ${0} años`,
's103ca721a51328f5': `Por ejemplo: vivienda, legal, LGBTQ, mentoría`,
's13829d500921ac15': `Última verificación: no consta`,
's15bd71a9436b85a0': `Quién, dónde, cómo`,
's1c660db4ec7f8cd9': `Cualquier idioma`,
's223f4f000149bb7d': `Siempre puede llamar o enviar un mensaje de texto:`,
's2654a28e815537ac': `No se pudo cargar la lista de esta página; se muestra la lista de HART.`,
's2dbd289c9f2dd0eb': str`Toda la ${0}`,
's391f3a533968c9a2': `Región o ciudad`,
's3b77560d7b1f457e': `Cargando los servicios…`,
's3d61fb79b619c9a3': str`Problema con el servicio ${0} de HART`,
's422b6148eb991eb8': `Quizás quiso decir:`,
's475d31bcaa855d22': `También sirve pulsar Shift 3 veces.`,
's58e91a50cfe1cdc0': `Falta 1 pulsación de Shift para salir de esta página.`,
's5d929ff1619ac0c9': `Buscar`,
's70ed2caca9b97d87': `1 servicio`,
's7ae9c2e0f0a38087': `Tipo de ayuda`,
's7b016238cbf17ccc': str`Enviar un mensaje de texto al ${0}`,
's7b7d2ffcc0ba5c3b': `Informar de un problema con este servicio`,
's7dfc22ad37bfdf0f': str`Llamar al ${0}`,
's81fa26ccde47d6b4': `(se abre en una pestaña nueva)`,
's82665b2ffabc9c0a': `Sitio web`,
's88f41f201a8be86a': `Buscar un servicio`,
's8a3ae72afd3429e9': `Cómo recibir ayuda:`,
's8eeccbfea55c3912': `No se encontraron servicios`,
's9c5ede291d5762d1': str`Última verificación: ${0}`,
'sa389e5bbfa0da72e': `Saliendo de esta página.`,
'sa3a9ddbbfa43f996': `Saliendo de esta página…`,
'sa544ad92014bc770': str`Hasta los ${0} años`,
'sa6dd34169a740d52': str`De ${0} a ${1} años`,
'sa867ce2247215f06': `Dónde:`,
'sa8beb6b1182241ac': `Filtros`,
'saa083729b090f86b': str`Enviar ${0} por mensaje de texto al ${1}`,
'sac616d9f63b1205f': str`${0} servicios`,
'sb2c57b2d347203dd': `Mostrar más`,
'sc14c2669397dc548': str`Faltan ${0} pulsaciones de Shift para salir de esta página.`,
'sc662150250855f6f': `Para quién:`,
'se21acc23e5936eb8': `Cualquier lugar de Connecticut`,
'se253299d8c90f409': `Quitar filtros`,
'se32ddb0a9cd4181d': str`Se muestran ${0} de ${1}`,
'seecb91a8d302b67e': str`Filtros (${0} en uso)`,
'sefcf950b3cc4fc3b': `Idioma`,
'sf5086d2bcd087164': `Salida rápida`,
'sf9b8d419a00f04bc': `Edad`,
'sfdd71aefbe467174': `Todas las edades`,
'sfe9abfeb9bbf8498': `O elija un tipo de ayuda`,
    };
  