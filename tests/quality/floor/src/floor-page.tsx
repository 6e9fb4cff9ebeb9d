import { KecamatanMap } from './kecamatan-map';

/**
 * The least a PantauBangun page can be on this stack: a heading, a paragraph, and the 23 kecamatan
 * fetched with TanStack Query and drawn by react-leaflet. Lighthouse measures it beside the app, so
 * the app's scores read as "how far above the floor", not as numbers that move with the machine.
 */
export function FloorPage() {
  return (
    <main className="floor">
      <h1>Pembangunan di Kabupaten Bekasi</h1>
      <p>
        Peta 23 kecamatan Kabupaten Bekasi. Halaman ini memuat React, Leaflet dan TanStack Query, mengambil
        batas kecamatan dari server, lalu menggambarnya: batas bawah untuk setiap halaman PantauBangun.
      </p>
      <KecamatanMap />
    </main>
  );
}
