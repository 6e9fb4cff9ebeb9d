import type { ReactNode } from 'react';
import { resolveAppUrl } from '../../lib/config';
import { useMessages } from '../../lib/i18n/messages';
import { chartMessages } from './messages';

/** A link to a contractor's page: the app's router link, or a plain link out of an embed. */
export type ContractorLink = (contractor: { key: string; name: string }) => ReactNode;

/** The page of a contractor in the app, from its contractorKey. */
export const contractorPath = (key: string) => `/penyedia/${encodeURIComponent(key)}`;

function PlainContractorLink({ contractorKey, name }: { contractorKey: string; name: string }) {
  const t = useMessages(chartMessages);
  // Out of an embed into the full app: a new tab, so the host page keeps its reader.
  return (
    <a href={resolveAppUrl(contractorPath(contractorKey).slice(1))} target="_blank" rel="noopener">
      {name}
      <span className="visually-hidden"> {t.newTab}</span>
    </a>
  );
}

/** The embed's link (absolute, under the app's base path), as the embed links a package. */
export const plainContractorLink: ContractorLink = ({ key, name }) => (
  <PlainContractorLink contractorKey={key} name={name} />
);
