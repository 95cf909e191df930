import type { RedFlag } from '../schema/red-flag.js';
import { DHS_BLUE_CAMPAIGN, NETSMARTZ_ENTICEMENT, NETSMARTZ_SEXTING, NHTH_SIGNS } from './sources.js';
import { t } from './text.js';

/** Indicators in our own words, each marked with the public list it comes from. */
export const redFlags: RedFlag[] = [
  {
    id: 'youth-older-partner',
    context: 'youth',
    source: NHTH_SIGNS,
    indicator: t(
      'Has a much older boyfriend, girlfriend or "friend" they are secretive about.',
      'Tiene un novio, novia o "amigo" mucho mayor del que no quiere hablar.',
    ),
  },
  {
    id: 'youth-new-things',
    context: 'youth',
    source: DHS_BLUE_CAMPAIGN,
    indicator: t(
      'Has new phones, clothes, money or nails and cannot say where they came from.',
      'Tiene teléfonos, ropa, dinero o uñas nuevos y no puede explicar de dónde salieron.',
    ),
  },
  {
    id: 'youth-runs-away',
    context: 'youth',
    source: NHTH_SIGNS,
    indicator: t(
      'Runs away or goes missing often, or is often absent from school.',
      'Se escapa o desaparece a menudo, o falta con frecuencia a la escuela.',
    ),
  },
  {
    id: 'youth-not-in-control',
    context: 'youth',
    source: DHS_BLUE_CAMPAIGN,
    indicator: t(
      'Does not hold their own ID or money, or someone else speaks for them.',
      'No tiene su propia identificación o dinero, u otra persona habla por ellos.',
    ),
  },
  {
    id: 'youth-fear-anxiety',
    context: 'youth',
    source: NHTH_SIGNS,
    indicator: t(
      'Seems fearful, anxious or jumpy, especially around a particular person.',
      'Parece tener miedo, ansiedad o nerviosismo, sobre todo cerca de una persona concreta.',
    ),
  },
  {
    id: 'online-secrets',
    context: 'online',
    source: NETSMARTZ_ENTICEMENT,
    indicator: t(
      'Someone met online asks to keep the friendship secret from parents.',
      'Alguien conocido en internet pide mantener la amistad en secreto de los padres.',
    ),
  },
  {
    id: 'online-gifts',
    context: 'online',
    source: NETSMARTZ_ENTICEMENT,
    indicator: t(
      'An online contact sends gifts, game currency or money and then expects something back.',
      'Un contacto en línea envía regalos, monedas de juegos o dinero y luego espera algo a cambio.',
    ),
  },
  {
    id: 'online-photos',
    context: 'online',
    source: NETSMARTZ_SEXTING,
    indicator: t(
      'An online contact pushes for photos or videos, or threatens to share ones already sent.',
      'Un contacto en línea presiona para obtener fotos o videos, o amenaza con compartir los que ya se enviaron.',
    ),
  },
  {
    id: 'online-move-platform',
    context: 'online',
    source: NETSMARTZ_ENTICEMENT,
    indicator: t(
      'An online contact wants to move the chat to a private app or to meet in person.',
      'Un contacto en línea quiere pasar la conversación a una aplicación privada o verse en persona.',
    ),
  },
  {
    id: 'lodging-many-visitors',
    context: 'lodging',
    source: DHS_BLUE_CAMPAIGN,
    indicator: t(
      'Many different visitors come to one room, often at odd hours.',
      'Muchos visitantes distintos llegan a una misma habitación, a menudo a horas inusuales.',
    ),
  },
  {
    id: 'lodging-cash-rooms',
    context: 'lodging',
    source: DHS_BLUE_CAMPAIGN,
    indicator: t(
      'Rooms paid in cash day by day, or several rooms booked by one person.',
      'Habitaciones pagadas en efectivo día a día, o varias habitaciones reservadas por una sola persona.',
    ),
  },
  {
    id: 'lodging-young-guest-controlled',
    context: 'lodging',
    source: NHTH_SIGNS,
    indicator: t(
      'A young guest seems controlled by an adult, with no luggage and no say in what happens.',
      'Un huésped joven parece controlado por un adulto, sin equipaje y sin poder decidir nada.',
    ),
  },
  {
    id: 'lodging-do-not-disturb',
    context: 'lodging',
    source: DHS_BLUE_CAMPAIGN,
    indicator: t(
      'The "Do not disturb" sign stays up for days and housekeeping is refused.',
      'El cartel de "No molestar" sigue puesto durante días y se rechaza la limpieza.',
    ),
  },
  {
    id: 'community-works-long-hours',
    context: 'community',
    source: NHTH_SIGNS,
    indicator: t(
      'Works very long hours, is not paid what was promised, or owes a debt they cannot pay off.',
      'Trabaja muchísimas horas, no recibe el pago prometido o tiene una deuda que no puede saldar.',
    ),
  },
  {
    id: 'community-coached-story',
    context: 'community',
    source: DHS_BLUE_CAMPAIGN,
    indicator: t(
      'Tells a story that sounds rehearsed, or is not sure where they live.',
      'Cuenta una historia que parece ensayada o no sabe bien dónde vive.',
    ),
  },
  {
    id: 'community-isolated',
    context: 'community',
    source: NHTH_SIGNS,
    indicator: t(
      'Is cut off from family and friends, and is never alone.',
      'Está aislado de su familia y amistades, y nunca está solo.',
    ),
  },
];
