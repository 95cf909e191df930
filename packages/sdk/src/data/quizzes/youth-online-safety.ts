import type { Quiz } from '../../schema/quiz.js';
import { HART_WHAT_TO_DO, NETSMARTZ_ENTICEMENT, NETSMARTZ_SEXTING } from '../sources.js';
import { t } from '../text.js';
import { choices } from './choices.js';

export const quiz: Quiz = {
  id: 'youth-online-safety',
  audience: 'youth',
  title: t('Staying safe online', 'Seguridad en internet'),
  description: t(
    'For grades 6–12. Eight questions about people you meet online and where to get help.',
    'Para los grados 6 a 12. Ocho preguntas sobre las personas que conoces en internet y dónde pedir ayuda.',
  ),
  questions: [
    {
      id: 'secret-friend',
      prompt: t(
        'Someone you met in a game says you are their best friend and asks you not to tell your parents about them. What is this a sign of?',
        'Alguien que conociste en un juego dice que eres su mejor amigo y te pide que no les cuentes a tus padres sobre él. ¿De qué es señal esto?',
      ),
      choices: choices(
        ['A close friendship', 'Una amistad cercana'],
        ['Someone who may be trying to trick you', 'Alguien que podría intentar engañarte'],
        ['Normal online behavior', 'Un comportamiento normal en internet'],
      ),
      correct: ['b'],
      explanation: t(
        'People who mean no harm do not ask you to keep them secret from the adults who care for you. Asking for secrets is a common first step in online enticement.',
        'Quien no quiere hacerte daño no te pide que lo mantengas en secreto ante los adultos que te cuidan. Pedir secretos es un primer paso común de la captación en línea.',
      ),
      source: NETSMARTZ_ENTICEMENT,
    },
    {
      id: 'game-currency',
      prompt: t(
        'An online contact sends you game currency and gift cards, then asks for a photo "to say thanks". What should you do?',
        'Un contacto en línea te envía monedas de juego y tarjetas de regalo, y luego te pide una foto "para dar las gracias". ¿Qué deberías hacer?',
      ),
      choices: choices(
        ['Send one photo, since they were kind', 'Enviar una foto, ya que fue amable'],
        ['Stop replying and tell a trusted adult', 'Dejar de responder y contárselo a un adulto de confianza'],
        ['Ask for more gifts first', 'Pedir más regalos primero'],
      ),
      correct: ['b'],
      explanation: t(
        'Gifts can be used to make you feel you owe someone. You never owe anyone a photo. Stop, save the messages, and tell an adult you trust.',
        'Los regalos pueden usarse para hacerte sentir que le debes algo a alguien. Nunca le debes una foto a nadie. Detente, guarda los mensajes y cuéntaselo a un adulto de confianza.',
      ),
      source: NETSMARTZ_ENTICEMENT,
    },
    {
      id: 'sextortion-fault',
      prompt: t(
        'Someone threatens to share a photo you sent unless you send more. Whose fault is it?',
        'Alguien amenaza con compartir una foto que enviaste si no envías más. ¿De quién es la culpa?',
      ),
      choices: choices(
        ['Yours, for sending the first photo', 'Tuya, por enviar la primera foto'],
        ['The person making the threat', 'De la persona que amenaza'],
        ['Nobody’s', 'De nadie'],
      ),
      correct: ['b'],
      explanation: t(
        'It is not your fault. Threatening someone to get images is a crime called sextortion. You are not in trouble for asking for help.',
        'No es tu culpa. Amenazar a alguien para conseguir imágenes es un delito llamado sextorsión. No te meterás en problemas por pedir ayuda.',
      ),
      source: NETSMARTZ_SEXTING,
    },
    {
      id: 'sextortion-steps',
      prompt: t(
        'If someone is threatening you with a photo, which steps help?',
        'Si alguien te amenaza con una foto, ¿qué pasos ayudan?',
      ),
      choices: choices(
        ['Tell a trusted adult', 'Contárselo a un adulto de confianza'],
        ['Report it to NCMEC', 'Denunciarlo ante el NCMEC'],
        ['Send more photos so they stop', 'Enviar más fotos para que se detenga'],
        ['Keep the messages as evidence', 'Guardar los mensajes como prueba'],
      ),
      correct: ['a', 'b', 'd'],
      explanation: t(
        'Sending more never makes it stop. Tell an adult, keep the messages, and report it to NCMEC, which can help get images taken down.',
        'Enviar más nunca hace que se detenga. Cuéntaselo a un adulto, guarda los mensajes y denúncialo ante el NCMEC, que puede ayudar a retirar las imágenes.',
      ),
      source: NETSMARTZ_SEXTING,
    },
    {
      id: 'meet-in-person',
      prompt: t(
        'A person you have only talked to online wants to meet you alone. What is the safest choice?',
        'Una persona con la que solo has hablado en internet quiere verte a solas. ¿Cuál es la opción más segura?',
      ),
      choices: choices(
        ['Meet in a busy place without telling anyone', 'Verse en un lugar concurrido sin decírselo a nadie'],
        ['Do not go, and tell a trusted adult', 'No ir y contárselo a un adulto de confianza'],
        ['Go with a friend your age', 'Ir con un amigo de tu edad'],
      ),
      correct: ['b'],
      explanation: t(
        'You cannot know who someone really is from online chats. An adult you trust can help you decide what is safe.',
        'Por los chats en línea no puedes saber quién es alguien en realidad. Un adulto de confianza puede ayudarte a decidir qué es seguro.',
      ),
      source: NETSMARTZ_ENTICEMENT,
    },
    {
      id: 'private-app',
      prompt: t(
        'A new online friend keeps asking you to switch to a different, private app. Why can this be a warning sign?',
        'Un nuevo amigo en línea insiste en que cambies a otra aplicación privada. ¿Por qué puede ser una señal de alerta?',
      ),
      choices: choices(
        ['Private apps are always faster', 'Las aplicaciones privadas siempre son más rápidas'],
        [
          'It can be a way to get you where nobody else can see',
          'Puede ser una forma de llevarte donde nadie más pueda ver',
        ],
        ['It is never a warning sign', 'Nunca es una señal de alerta'],
      ),
      correct: ['b'],
      explanation: t(
        'Moving a chat somewhere private can be a way to avoid safety tools and other people noticing. Be careful and talk to someone you trust.',
        'Pasar la conversación a un lugar privado puede ser una forma de evitar las herramientas de seguridad y que otros lo noten. Ten cuidado y habla con alguien de confianza.',
      ),
      source: NETSMARTZ_ENTICEMENT,
    },
    {
      id: 'trusted-adults',
      prompt: t('Who could be a trusted adult?', '¿Quién podría ser un adulto de confianza?'),
      choices: choices(
        ['A parent or caregiver', 'Un padre, madre o cuidador'],
        ['A school counselor or teacher', 'Un consejero escolar o un maestro'],
        ['Someone you met online last week', 'Alguien que conociste en internet la semana pasada'],
        ['A coach or relative', 'Un entrenador o un familiar'],
      ),
      correct: ['a', 'b', 'd'],
      explanation: t(
        'A trusted adult is someone you know in real life who listens and helps keep you safe. If one adult does not help, tell another.',
        'Un adulto de confianza es alguien que conoces en la vida real, que te escucha y te ayuda a estar seguro. Si un adulto no te ayuda, cuéntaselo a otro.',
      ),
      source: NETSMARTZ_ENTICEMENT,
    },
    {
      id: 'hotline-number',
      prompt: t(
        'You or a friend need help with trafficking but are not in immediate danger. Which number can you call or text?',
        'Tú o un amigo necesitan ayuda con la trata pero no están en peligro inmediato. ¿A qué número pueden llamar o enviar un texto?',
      ),
      choices: choices(
        [
          'National Human Trafficking Hotline: 1-888-373-7888, text 233733',
          'Línea Nacional contra la Trata de Personas: 1-888-373-7888, texto al 233733',
        ],
        ['There is no number for this', 'No hay ningún número para esto'],
        ['Only your school office', 'Solo la oficina de tu escuela'],
      ),
      correct: ['a'],
      explanation: t(
        'The hotline answers calls and texts. If you are not safe right now, call or text 911.',
        'La línea responde llamadas y mensajes de texto. Si no estás a salvo ahora mismo, llama o envía un texto al 911.',
      ),
      source: HART_WHAT_TO_DO,
    },
  ],
  links: [
    {
      text: t('NetSmartz: online enticement', 'NetSmartz: captación en línea (en inglés)'),
      url: {
        en: 'https://www.missingkids.org/netsmartz/topics/onlineenticement',
        es: 'https://www.missingkids.org/netsmartz/topics/onlineenticement',
      },
    },
    {
      text: t('You sent a sext, now what? (tip sheet)', '¿Enviaste un sext? ¿Y ahora qué? (hoja de consejos)'),
      url: {
        en: 'https://www.missingkids.org/content/dam/netsmartz/downloadable/tipsheets/You_Sent_A_Sext_Now_What.pdf',
        es: 'https://www.missingkids.org/content/dam/netsmartz/downloadable/tipsheets/You_Sent_A_Sext_Now_What%20ES.pdf',
      },
    },
    {
      text: t('Gaming safety tips', 'Consejos para jugar en línea de forma segura'),
      url: {
        en: 'https://www.missingkids.org/content/dam/netsmartz/downloadable/tipsheets/gaming-safely.pdf',
        es: 'https://www.missingkids.org/content/dam/netsmartz/downloadable/tipsheets/gaming-safely-es.pdf',
      },
    },
  ],
};
