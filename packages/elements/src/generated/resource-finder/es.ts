
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0450e': str`Desde los ${0} años`,
's103ca': `Por ejemplo: vivienda, legal, LGBTQ, mentoría`,
's13829': `Última verificación: no consta`,
's15bd7': `Quién, dónde, cómo`,
's1c660': `Cualquier idioma`,
's223f4': `Siempre puede llamar o enviar un mensaje de texto:`,
's2654a': `No se pudo cargar la lista de esta página; se muestra la lista de HART.`,
's2dbd2': str`Toda la ${0}`,
's391f3': `Región o ciudad`,
's3b775': `Cargando los servicios…`,
's3d61f': str`Problema con el servicio ${0} de HART`,
's422b6': `Quizás quiso decir:`,
's475d3': `También sirve pulsar Shift 3 veces.`,
's58e91': `Falta 1 pulsación de Shift para salir de esta página.`,
's5d929': `Buscar`,
's70ed2': `1 servicio`,
's7ae9c': `Tipo de ayuda`,
's7b016': str`Enviar un mensaje de texto al ${0}`,
's7b7d2': `Informar de un problema con este servicio`,
's7dfc2': str`Llamar al ${0}`,
's81fa2': `(se abre en una pestaña nueva)`,
's82665': `Sitio web`,
's88f41': `Buscar un servicio`,
's8a3ae': `Cómo recibir ayuda:`,
's8eecc': `No se encontraron servicios`,
's9c5ed': str`Última verificación: ${0}`,
'sa389e': `Saliendo de esta página.`,
'sa3a9d': `Saliendo de esta página…`,
'sa544a': str`Hasta los ${0} años`,
'sa6dd3': str`De ${0} a ${1} años`,
'sa867c': `Dónde:`,
'sa8beb': `Filtros`,
'saa083': str`Enviar ${0} por mensaje de texto al ${1}`,
'sac616': str`${0} servicios`,
'sb2c57': `Mostrar más`,
'sc14c2': str`Faltan ${0} pulsaciones de Shift para salir de esta página.`,
'sc6621': `Para quién:`,
'se21ac': `Cualquier lugar de Connecticut`,
'se2532': `Quitar filtros`,
'se32dd': str`Se muestran ${0} de ${1}`,
'seecb9': str`Filtros (${0} en uso)`,
'sefcf9': `Idioma`,
'sf5086': `Salida rápida`,
'sf9b8d': `Edad`,
'sfdd71': `Todas las edades`,
'sfe9ab': `O elija un tipo de ayuda`,
    };
  