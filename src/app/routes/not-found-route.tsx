import { Link } from 'react-router';
import { useLanguage } from '../../lib/i18n/language';
import { usePageTitle } from '../../lib/use-page-title';

export function NotFoundRoute() {
  const { locale } = useLanguage();
  const id = locale === 'id';
  usePageTitle(id ? 'Halaman tidak ditemukan' : 'Page not found');
  return (
    <section className="not-found">
      <h1>{id ? 'Halaman tidak ditemukan' : 'Page not found'}</h1>
      <p>{id ? 'Alamat ini tidak ada di PantauBangun.' : 'This address does not exist on PantauBangun.'}</p>
      <p>
        <Link to="/">{id ? 'Kembali ke peta proyek' : 'Back to the project map'}</Link>
      </p>
    </section>
  );
}
