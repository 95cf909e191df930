import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { populationLabels, referralLabels } from '@ct-hart/sdk/data/labels';
import { regions } from '@ct-hart/sdk/data/regions';
import type { Resource } from '@ct-hart/sdk/schema';
import { mailtoHref, safeHref, smsHref, telHref } from '../shared/links.js';
import type { Locale } from '../shared/locale.js';

function ages(resource: Resource): string {
  const { minAge, maxAge } = resource;
  if (minAge !== undefined && maxAge !== undefined) return msg(str`Ages ${minAge}–${maxAge}`);
  if (minAge !== undefined) return msg(str`Ages ${minAge} and up`);
  if (maxAge !== undefined) return msg(str`Up to age ${maxAge}`);
  return msg('All ages');
}

function where(resource: Resource, locale: Locale): string {
  const area = resource.serviceArea;
  if (area.description) return area.description[locale];
  if (area.towns?.length) return area.towns.join(', ');
  return area.regions.map((id) => regions.find((r) => r.id === id)?.name[locale] ?? id).join(', ');
}

function verified(resource: Resource, locale: Locale): string {
  if (!resource.lastVerified) return msg('Last verified: not stated');
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${resource.lastVerified}T00:00:00Z`),
  );
  return msg(str`Last verified: ${date}`);
}

/**
 * One service as a card: the essentials first (name, what it is, call / text / website); on a phone
 * the rest (who, where, how, report a problem) is behind one button.
 */
export function renderResult(
  resource: Resource,
  locale: Locale,
  {
    reportEmail,
    newTab,
    detailsOpen,
    toggleDetails,
  }: { reportEmail: string; newTab: boolean; detailsOpen: boolean; toggleDetails: () => void },
): TemplateResult {
  const name = resource.name[locale];
  const who = [ages(resource), ...resource.populations.map((p) => populationLabels[p]?.[locale] ?? p)].join(' · ');
  const referral = [
    ...resource.referral.methods.map((m) => referralLabels[m]?.[locale] ?? m),
    resource.referral.description?.[locale],
  ]
    .filter(Boolean)
    .join('. ');
  const website = safeHref(resource.url);
  const email = mailtoHref(resource.email);
  const report = mailtoHref(reportEmail, msg(str`Problem with HART listing ${resource.id}`));
  const headingId = `result-${resource.id}`;
  // The essentials first (name, what it is, call / text / website); on a phone the rest is one tap away.
  return html`<li class="result" part="result">
    <article aria-labelledby=${headingId}>
      <h3 id=${headingId} tabindex="-1">${name}</h3>
      <p class="meta">${resource.organization[locale]}</p>
      <p>${resource.description[locale]}</p>
      <p class="actions">
        ${resource.phones.map((phone) =>
          /^\d{3,6}$/.test(phone.number) && resource.categories.includes('hotline')
            ? html`<a href=${smsHref(phone.number)}>${msg(str`Text ${phone.number}`)}</a>`
            : html`<a href=${telHref(phone.number)}>${msg(str`Call ${phone.number}`)}${phone.description ? html`<span class="visually-hidden"> (${phone.description[locale]})</span>` : nothing}</a>`,
        )}
        ${
          website
            ? newTab
              ? html`<a href=${website} target="_blank" rel="noopener noreferrer">${msg('Website')}<span class="visually-hidden">: ${name}</span> ${msg('(opens in a new tab)')}</a>`
              : html`<a href=${website} rel="noreferrer">${msg('Website')}<span class="visually-hidden">: ${name}</span></a>`
            : nothing
        }
        ${email ? html`<a href=${email}>${resource.email}</a>` : nothing}
      </p>
      <button type="button" class="link details-toggle" aria-expanded=${detailsOpen ? 'true' : 'false'} aria-controls=${`details-${resource.id}`} @click=${toggleDetails}>
        ${msg('Who, where, how')}<span class="visually-hidden">: ${name}</span>
      </button>
      <div class=${detailsOpen ? 'details open' : 'details'} id=${`details-${resource.id}`}>
        <p><strong>${msg('Who:')}</strong> ${who}</p>
        <p><strong>${msg('Where:')}</strong> ${where(resource, locale)}</p>
        <p><strong>${msg('How to get help:')}</strong> ${referral}</p>
        <p class="meta">
          ${verified(resource, locale)} ·
          ${report ? html`<a href=${report}>${msg('Report a problem with this listing')}<span class="visually-hidden">: ${name}</span></a>` : nothing}
        </p>
      </div>
    </article>
  </li>`;
}
