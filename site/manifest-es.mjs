// The Spanish of the elements' JSDoc (custom-elements.json: summaries, attributes, events, parts,
// CSS properties), for the /es/ pages of the docs site. Keyed by the English text itself, spaces
// collapsed: when a JSDoc comment changes, its entry no longer matches and
// test/docs-site/site-data.test.ts names the text to translate (the page falls back to the English,
// marked lang="en", rather than to nothing). Register: usted, for webmasters. Inline `code` stays
// as in the English: it is what a webmaster types.
export default {
  // Summaries (the home page's cards).
  'Hotlines to call or text for help now, with a quick exit.':
    'Líneas de ayuda para llamar o enviar un texto ahora, con una salida rápida.',
  'A red-flag or online-safety quiz, one question at a time, with explanations, results and help lines.':
    'Un cuestionario sobre señales de alerta o seguridad en internet, pregunta por pregunta, con explicaciones, resultados y líneas de ayuda.',
  'Find a service in Connecticut: search as you type, filters, and real call, text, website and email links.':
    'Encuentre un servicio en Connecticut: búsqueda mientras escribe, filtros y enlaces reales para llamar, enviar un texto, visitar el sitio web o escribir un correo.',
  'A form to ask HART for a training, with a lodging mode for Public Act 16-71, that never loses a request.':
    'Un formulario para pedir una capacitación a HART, con un modo para hoteles y moteles (Ley Pública 16-71), que nunca pierde una solicitud.',

  // Attributes.
  'Hotline ids to show, in order, separated by spaces or commas. Default: 911, the national hotline and the DCF Careline.':
    'Los id de las líneas que se muestran, en orden, separados por espacios o comas. Si no lo escribe: el 911, la línea nacional y la Careline de DCF.',
  '`inline` (default), `bar` (fixed to the bottom of the viewport) or `compact` (one line).':
    '`inline` (el predeterminado), `bar` (fija en la parte inferior de la pantalla) o `compact` (una línea).',
  'Where quick exit goes (https only). Default: a neutral search page.':
    'Adónde lleva la salida rápida (solo https). Si no lo escribe: una página de búsqueda neutral.',
  'Hides the quick exit button (the Shift×3 shortcut stays, if another HART element offers it).':
    'Oculta el botón de salida rápida (el atajo Shift×3 sigue activo si otro elemento de HART lo ofrece).',
  'Built-in quiz id: `youth-online-safety` (default), `lodging-red-flags` or `community-red-flags`.':
    'El id de un cuestionario incluido: `youth-online-safety` (el predeterminado), `lodging-red-flags` o `community-red-flags`.',
  "URL of a custom quiz JSON document (validated with the SDK's `Quiz` schema).":
    'La dirección de un cuestionario propio en JSON (se valida con el esquema `Quiz` del SDK).',
  'Shows answer choices in a random order.': 'Muestra las respuestas en un orden al azar.',
  'Keeps progress in sessionStorage (a `ct-hart:` key) until the quiz is finished or quick exit is used.':
    'Guarda el progreso en sessionStorage (una clave `ct-hart:`) hasta que se termina el cuestionario o se usa la salida rápida.',
  'Opens the "Learn more" links in a new tab (said in their text). Default: the same tab, which quick exit leaves.':
    'Abre los enlaces «Más información» en una pestaña nueva (lo dice su texto). Si no lo escribe: la misma pestaña, que la salida rápida abandona.',
  'Preset categories, separated by spaces or commas (`legal housing`).':
    'Categorías ya elegidas, separadas por espacios o comas (`legal housing`).',
  'Preset age (0–120).': 'Edad ya elegida (0–120).',
  'Preset DCF region (`region-4`) or town (`Hartford`).':
    'Región de DCF (`region-4`) o pueblo (`Hartford`) ya elegidos.',
  'Preset language (`es`).': 'Idioma ya elegido (`es`).',
  'URL of a resource list: a HART dataset, `{ "resources": [...] }`, or an Open Referral HSDS 3.0 export.':
    'La dirección de una lista de recursos: un conjunto de datos de HART, `{ "resources": [...] }` o una exportación Open Referral HSDS 3.0.',
  'Where "report a problem with this listing" writes to.':
    'A quién escribe «informar de un problema con este servicio».',
  'How many results show before "Show more".': 'Cuántos resultados se ven antes de «Mostrar más».',
  "Opens services' websites in a new tab, said in the link. Off by default: quick exit cannot close a tab it did not open, so everything opens in the same tab unless a partner asks.":
    'Abre los sitios web de los servicios en una pestaña nueva, y el enlace lo dice. Desactivado si no lo escribe: la salida rápida no puede cerrar una pestaña que no abrió, así que todo se abre en la misma pestaña salvo que el socio lo pida.',
  'Where to POST requests (https, or http on localhost). Without it the form composes an email to HART.':
    'Adónde se envían (POST) las solicitudes (https, o http en localhost). Sin él, el formulario prepara un correo a HART.',
  'Preselects an audience (one of the 13 audience ids). `lodging-staff` turns on lodging mode.':
    'Elige de antemano un público (uno de los 13 id de público). `lodging-staff` activa el modo para hoteles y moteles.',
  'Preselects a curriculum by id.': 'Elige de antemano un currículo por su id.',

  // Events.
  'Cancelable, before leaving the page (`HartQuickExitEvent`: `exitUrl`, `trigger`).':
    'Se puede cancelar; ocurre antes de salir de la página (`HartQuickExitEvent`: `exitUrl`, `trigger`).',
  'An attribute could not be used; the banner keeps its default (`HartErrorEvent`: `code`, `message`).':
    'No se pudo usar un atributo; el banner mantiene su valor predeterminado (`HartErrorEvent`: `code`, `message`).',
  'The quiz was finished (`HartQuizCompleteEvent`: `quizId`, `score`, `total` only).':
    'Se terminó el cuestionario (`HartQuizCompleteEvent`: solo `quizId`, `score`, `total`).',
  'An attribute or a custom quiz could not be used (`HartErrorEvent`: `code`, `message`).':
    'No se pudo usar un atributo o un cuestionario propio (`HartErrorEvent`: `code`, `message`).',
  'An attribute or the `src` list could not be used; the embedded list is shown (`HartErrorEvent`: `code`, `message`).':
    'No se pudo usar un atributo o la lista de `src`; se muestra la lista incluida (`HartErrorEvent`: `code`, `message`).',
  'Cancelable, with the validated request (`request`), before anything is sent or composed.':
    'Se puede cancelar; lleva la solicitud validada (`request`) y ocurre antes de enviar o preparar nada.',
  'The endpoint accepted the request (`request`, `reference`, `idempotencyKey`).':
    'El endpoint aceptó la solicitud (`request`, `reference`, `idempotencyKey`).',
  'Not delivered now; kept to be re-sent (`request`, `idempotencyKey`, `reason`, `stored`).':
    'No se entregó ahora; se guarda para reenviarla (`request`, `idempotencyKey`, `reason`, `stored`).',
  'An attribute could not be used, or the endpoint refused the request (`HartErrorEvent`: `code`, `message`).':
    'No se pudo usar un atributo, o el endpoint rechazó la solicitud (`HartErrorEvent`: `code`, `message`).',

  // Parts.
  'The labelled region around everything.': 'La región con nombre que lo rodea todo.',
  'The heading.': 'El título.',
  'The list of hotlines.': 'La lista de líneas de ayuda.',
  'One hotline.': 'Una línea de ayuda.',
  'The quick exit button.': 'El botón de salida rápida.',
  'In the bar on a small or short screen: the button that shows and hides the hotlines.':
    'En la barra, en una pantalla pequeña o baja: el botón que muestra y oculta las líneas de ayuda.',
  'The labelled region around the quiz.': 'La región con nombre alrededor del cuestionario.',
  'The quiz title.': 'El título del cuestionario.',
  'The fieldset of the current question.': 'El grupo de campos (fieldset) de la pregunta actual.',
  'Correct / not quite, and the explanation.': 'Correcto / no del todo, y la explicación.',
  'The check, next and try-again buttons.': 'Los botones de comprobar, siguiente y volver a intentar.',
  'The results.': 'Los resultados.',
  'The labelled region around the finder.': 'La región con nombre alrededor del buscador.',
  'The search box.': 'El cuadro de búsqueda.',
  'The filters.': 'Los filtros.',
  'The number of services found.': 'El número de servicios encontrados.',
  'The list of services.': 'La lista de servicios.',
  'One service.': 'Un servicio.',
  'The labelled region around the form.': 'La región con nombre alrededor del formulario.',
  'The list of problems shown after a submit.': 'La lista de problemas que se muestra después de enviar.',
  'The form.': 'El formulario.',
  'The buttons.': 'Los botones.',
  'The sent, saved or email panel.': 'El panel de enviado, guardado o correo.',

  // CSS custom properties.
  'Text colour. Default `#1b1b1b`.': 'Color del texto. Predeterminado: `#1b1b1b`.',
  'Background. Default `#ffffff`.': 'Fondo. Predeterminado: `#ffffff`.',
  'Secondary text ("when to use"). Default `#4a4a4a`.':
    'Texto secundario («cuándo usarla»). Predeterminado: `#4a4a4a`.',
  'Links and the accent border. Default `#005ea2`.': 'Enlaces y el borde de acento. Predeterminado: `#005ea2`.',
  'Quick exit button background. Default `#b50909`.': 'Fondo del botón de salida rápida. Predeterminado: `#b50909`.',
  'Quick exit button text. Default `#ffffff`.': 'Texto del botón de salida rápida. Predeterminado: `#ffffff`.',
  'Border colour. Default `#757575`.': 'Color del borde. Predeterminado: `#757575`.',
  'Focus outline. Default `#1a4480`.': 'Contorno del foco. Predeterminado: `#1a4480`.',
  'Font. Default: inherited from the page.': 'Fuente. Predeterminada: la de la página.',
  "Base font size. Default `medium` (the reader's default size, whatever the page's root size).":
    'Tamaño de letra base. Predeterminado: `medium` (el tamaño que eligió el lector, sea cual sea el tamaño raíz de la página).',
  'Corner radius. Default `4px`.': 'Radio de las esquinas. Predeterminado: `4px`.',
  'Base spacing. Default `0.75em`.': 'Espaciado base. Predeterminado: `0.75em`.',
  'Background, and text on the accent colour. Default `#ffffff`.':
    'Fondo, y texto sobre el color de acento. Predeterminado: `#ffffff`.',
  'Progress and hints. Default `#4a4a4a`.': 'Progreso y pistas. Predeterminado: `#4a4a4a`.',
  'Buttons, links, answer choices. Default `#005ea2`.': 'Botones, enlaces, respuestas. Predeterminado: `#005ea2`.',
  'Quick exit button and error text. Default `#b50909`.':
    'Botón de salida rápida y texto de error. Predeterminado: `#b50909`.',
  'Hints and details. Default `#4a4a4a`.': 'Pistas y detalles. Predeterminado: `#4a4a4a`.',
  'Links and buttons. Default `#005ea2`.': 'Enlaces y botones. Predeterminado: `#005ea2`.',
  'Quick exit button. Default `#b50909`.': 'Botón de salida rápida. Predeterminado: `#b50909`.',
  'Borders and fields. Default `#757575`.': 'Bordes y campos. Predeterminado: `#757575`.',
  'Hints. Default `#4a4a4a`.': 'Pistas. Predeterminado: `#4a4a4a`.',
  'Buttons, links and the lodging note. Default `#005ea2`.':
    'Botones, enlaces y la nota para hoteles y moteles. Predeterminado: `#005ea2`.',
  'Quick exit button, error messages and the error summary border. Default `#b50909`.':
    'Botón de salida rápida, mensajes de error y el borde del resumen de errores. Predeterminado: `#b50909`.',
  'Borders of the panel and the fields. Default `#757575`.':
    'Bordes del panel y de los campos. Predeterminado: `#757575`.',
};
