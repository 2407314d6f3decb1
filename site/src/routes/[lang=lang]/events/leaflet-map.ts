import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';
import type { Locale } from '$lib/i18n';
import { formatDateTime } from '$lib/i18n';
import type { MapPoint, NeighbourhoodOption } from '$lib/view-models';

export interface MapOptions {
  locale: Locale;
  rtl: boolean;
  /** The visitor asked for reduced motion: the map jumps instead of gliding, and clusters split at once. */
  reduceMotion: boolean;
  /** Called as the map starts and stops moving: the view, or clusters splitting, merging or fanning out. */
  onBusy: (busy: boolean) => void;
  tileUrl: string | null;
  attribution: string;
  labels: { cluster: (count: number) => string; zoomIn: string; zoomOut: string; moreDates: (count: number) => string };
  eventHref: (slug: string) => string;
  /** A marker's accessible name; by default an event's title and start. */
  markerName?: (point: MarkerPoint) => string;
}

/** A marker: an event (title and start) or any other place the map links to by slug. */
export type MarkerPoint = Omit<MapPoint, 'startsAt' | 'later' | 'more'> & Partial<Pick<MapPoint, 'startsAt' | 'later' | 'more'>>;

export interface MapHandle {
  /** Draws the points; resolves once markers and clusters are in place and nothing moves. */
  show(points: MarkerPoint[], neighbourhoods: NeighbourhoodOption[]): Promise<void>;
  destroy(): void;
}

/** Enter and Space activate a marker, as they would a button. Leaflet only maps Enter to popups. */
const activates = (e: L.LeafletEvent) => {
  const key = (e as L.LeafletKeyboardEvent).originalEvent?.key;
  return key === 'Enter' || key === ' ';
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The events map: clustered markers that are buttons with names, reachable with Tab and
 * opened with Enter, over tiles when configured and over the neighbourhoods' names otherwise.
 */
export function createEventMap(container: HTMLElement, options: MapOptions): MapHandle {
  // leaflet.markercluster extends the global L.
  (globalThis as unknown as { L: typeof L }).L = L;
  // Leaflet guesses its icon paths from its stylesheet, which the bundler moves: name them.
  L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });
  delete (L.Icon.Default.prototype as unknown as { _getIconUrl?: unknown })._getIconUrl;
  let cluster: L.MarkerClusterGroup | undefined;
  const labels = L.layerGroup();

  const motion = !options.reduceMotion;
  // Leaflet animates in JavaScript, so the stylesheet's reduced-motion rule cannot stop it.
  const map = L.map(container, {
    center: [35.5716, -5.3705],
    zoom: 13,
    minZoom: 11,
    maxZoom: 18,
    zoomControl: false,
    attributionControl: Boolean(options.tileUrl),
    zoomAnimation: motion,
    fadeAnimation: motion,
    markerZoomAnimation: motion,
  });
  L.control
    .zoom({ position: options.rtl ? 'topright' : 'topleft', zoomInTitle: options.labels.zoomIn, zoomOutTitle: options.labels.zoomOut })
    .addTo(map);
  if (options.tileUrl) {
    L.tileLayer(options.tileUrl, { attribution: options.attribution, maxZoom: 18 }).addTo(map);
    map.attributionControl?.setPosition(options.rtl ? 'bottomleft' : 'bottomright');
  }
  labels.addTo(map);

  // While the view moves and clusters split or merge, markers are being replaced: the panel marks
  // the map aria-busy, which asks assistive technology to wait for the result and lets tests and
  // the accessibility audit wait for that state.
  let busy = false;
  const waiting: (() => void)[] = [];
  const setBusy = (value: boolean) => {
    if (value === busy) return;
    busy = value;
    options.onBusy(value);
    if (!value) for (const resolve of waiting.splice(0)) resolve();
  };
  const idle = () => (busy ? new Promise<void>((resolve) => waiting.push(resolve)) : Promise.resolve());
  // markercluster flags the pane while it animates clusters, once per overlapping animation.
  const animating = () => map.getPane('mapPane')?.classList.contains('leaflet-cluster-anim') ?? false;
  const settle = () => {
    if (!animating()) setBusy(false);
  };
  map.on('movestart', () => setBusy(true));
  map.on('moveend', settle);

  const ready = import('leaflet.markercluster');

  return {
    async show(points, neighbourhoods) {
      await ready;
      labels.clearLayers();
      if (!options.tileUrl) {
        for (const n of neighbourhoods) {
          if (!n.centroid) continue;
          L.tooltip({ permanent: true, direction: 'top', offset: [0, -24], className: 'map-place', interactive: false })
            .setLatLng([n.centroid.lat, n.centroid.lng])
            .setContent(escapeHtml(n.name))
            .addTo(labels);
        }
      }
      setBusy(true);
      cluster?.remove();
      cluster = L.markerClusterGroup({
        showCoverageOnHover: false,
        animate: motion,
        // Fanned-out markers (25x41 px) sit far enough apart that none covers another's 24 px target (WCAG 2.5.8).
        spiderfyDistanceMultiplier: 2,
        // Thousands of markers are added in slices between frames, so a slow phone stays responsive.
        chunkedLoading: true,
        // Busy until the last slice is in (the audit and the tests wait for that).
        chunkProgress: (processed: number, total: number) => (processed < total ? setBusy(true) : settle()),
        iconCreateFunction: (c) => {
          const count = c.getChildCount();
          return L.divIcon({
            className: 'map-cluster',
            iconSize: [40, 40],
            html: `<span aria-hidden="true">${count}</span><span class="visually-hidden">${escapeHtml(options.labels.cluster(count))}</span>`,
          });
        },
      });
      cluster.on('clusterkeypress', (e: L.LeafletEvent) => {
        if (!activates(e)) return;
        const group = (e as unknown as { layer: L.MarkerCluster }).layer;
        const bounds = group.getBounds();
        // Events that share a venue never separate by zooming: fan them out instead.
        if (map.getZoom() >= map.getMaxZoom() || bounds.getNorthEast().equals(bounds.getSouthWest())) {
          group.spiderfy();
          // Fanning out moves no view: busy only while it animates (it does not with reduced motion).
          if (animating()) setBusy(true);
        } else {
          // The cluster's button disappears as the map zooms; keep keyboard focus on the map.
          map.once('moveend', () => container.focus());
          setBusy(true);
          group.zoomToBounds({ padding: [24, 24] });
        }
      });
      const markers: L.Marker[] = [];
      for (const p of points) {
        // A series is one marker at its next date; its name says how many other dates follow.
        const others = (p.later?.length ?? 0) + (p.more ?? 0);
        const name =
          options.markerName?.(p) ??
          [p.title, formatDateTime(p.startsAt ?? '', options.locale), others ? options.labels.moreDates(others) : '']
            .filter(Boolean)
            .join(', ');
        const marker = L.marker([p.lat, p.lng], { alt: name, title: name, keyboard: true });
        // Leaflet gives the marker's image role="button" with only an alt: name the button itself, which
        // HTML_CodeSniffer (pa11y) requires and every screen reader reads.
        marker.on('add', () => marker.getElement()?.setAttribute('aria-label', name));
        const open = () => {
          window.location.href = options.eventHref(p.slug);
        };
        marker.on('click', open);
        marker.on('keypress', (e) => {
          if (activates(e)) open();
        });
        markers.push(marker);
      }
      cluster.on('animationend', settle);
      map.addLayer(cluster);
      cluster.addLayers(markers);
      // fitBounds ends with moveend (even when the view stays put), which settles the map. The
      // bounds come from the points: markers added in slices are not all in the cluster yet.
      if (points.length > 0)
        map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng] as [number, number])), {
          padding: [24, 24],
          maxZoom: 16,
          animate: motion,
        });
      else setBusy(false);
      return idle();
    },
    destroy() {
      map.remove();
    },
  };
}
