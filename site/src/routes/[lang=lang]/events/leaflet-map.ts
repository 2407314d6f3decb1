import * as L from './leaflet';
import Supercluster, { type ClusterFeature, type PointFeature } from 'supercluster';
import 'leaflet/dist/leaflet.css';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';
import type { Locale } from '$lib/i18n';
import { formatDateTime } from '$lib/i18n';
import type { MapPoint, NeighbourhoodOption } from '$lib/view-models';

export interface MapOptions {
  locale: Locale;
  rtl: boolean;
  /** The visitor asked for reduced motion: the map jumps instead of gliding. */
  reduceMotion: boolean;
  /** Called as the map starts and stops changing: the view moving, markers being redrawn or fanned out. */
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
  const event = (e as L.LeafletKeyboardEvent).originalEvent;
  const yes = event?.key === 'Enter' || event?.key === ' ';
  // Space would also scroll the page.
  if (yes) event.preventDefault();
  return yes;
};

/** What the index keeps of a point: its place in the list shown. */
type Props = { i: number };
/** Clusters carry only what supercluster gives them (their id and count). */
type Cluster = Record<string, unknown>;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const isCluster = (f: ClusterFeature<Cluster> | PointFeature<Props>): f is ClusterFeature<Cluster> => 'cluster' in f.properties;

/** Points closer than this on screen (CSS px) are drawn as one cluster, as Leaflet.markercluster did. */
const CLUSTER_RADIUS = 80;
/**
 * Fanned-out markers sit at least this far apart (CSS px): two 25x41 px marker images never overlap
 * when their centres are more than 48 px apart, so each keeps its own target (WCAG 2.5.8).
 */
const FAN_GAP = 56;

/**
 * Where the k-th of n fanned-out markers' visual centre goes, from the cluster's centre: on a circle
 * for a few, on a spiral whose turns are FAN_GAP apart for more.
 */
function fanOffset(k: number, n: number): [number, number] {
  if (n <= 8) {
    const r = Math.max(FAN_GAP, (FAN_GAP * n) / (2 * Math.PI));
    const a = (2 * Math.PI * k) / n - Math.PI / 2;
    return [r * Math.cos(a), r * Math.sin(a)];
  }
  let a = 0;
  let r = FAN_GAP;
  for (let i = 0; i < k; i++) {
    a += FAN_GAP / r;
    r = FAN_GAP + (FAN_GAP * a) / (2 * Math.PI);
  }
  return [r * Math.cos(a), r * Math.sin(a)];
}

/**
 * The events map: clustered markers that are buttons with names, reachable with Tab and opened with
 * Enter, over tiles when configured and over the neighbourhoods' names otherwise. Points are
 * clustered once by supercluster; only what the view shows is drawn, again after each move.
 */
export function createEventMap(container: HTMLElement, options: MapOptions): MapHandle {
  // Leaflet guesses its icon paths from its stylesheet, which the bundler moves: name them.
  L.IconDefault.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });
  delete (L.IconDefault.prototype as unknown as { _getIconUrl?: unknown })._getIconUrl;
  const labels = new L.LayerGroup();
  const markers = new L.LayerGroup();
  const fan = new L.LayerGroup();

  const motion = !options.reduceMotion;
  // Leaflet animates in JavaScript, so the stylesheet's reduced-motion rule cannot stop it.
  const map = new L.Map(container, {
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
  new L.Zoom({
    position: options.rtl ? 'topright' : 'topleft',
    zoomInTitle: options.labels.zoomIn,
    zoomOutTitle: options.labels.zoomOut,
  }).addTo(map);
  if (options.tileUrl) {
    new L.TileLayer(options.tileUrl, { attribution: options.attribution, maxZoom: 18 }).addTo(map);
    map.attributionControl?.setPosition(options.rtl ? 'bottomleft' : 'bottomright');
  }
  labels.addTo(map);
  markers.addTo(map);
  fan.addTo(map);

  // While the view moves, markers are about to be replaced: the panel marks the map aria-busy, which
  // asks assistive technology to wait for the result and lets tests and the accessibility audit wait
  // for that state. Busy from `movestart` (or from whoever starts a move) to the redraw at `moveend`.
  let busy = false;
  let moving = false;
  const waiting: (() => void)[] = [];
  const setBusy = (value: boolean) => {
    if (value === busy) return;
    busy = value;
    options.onBusy(value);
    if (!value) for (const resolve of waiting.splice(0)) resolve();
  };
  const idle = () => (busy ? new Promise<void>((resolve) => waiting.push(resolve)) : Promise.resolve());

  let points: MarkerPoint[] = [];
  let index: Supercluster<Props, Cluster> | undefined;
  // The markers drawn, by cluster id or point index: one that stays in view is kept, and keeps focus.
  const drawn = new Map<string, L.Marker>();
  let fanned: L.Marker | undefined;

  const pointMarker = (i: number, at: L.LatLngExpression) => {
    const p = points[i];
    // A series is one marker at its next date; its name says how many other dates follow.
    const others = (p.later?.length ?? 0) + (p.more ?? 0);
    const name =
      options.markerName?.(p) ??
      [p.title, formatDateTime(p.startsAt ?? '', options.locale), others ? options.labels.moreDates(others) : '']
        .filter(Boolean)
        .join(', ');
    const marker = new L.Marker(at, { alt: name, title: name, keyboard: true });
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
    return marker;
  };

  /**
   * Folds the fanned-out markers back into their cluster. Keyboard focus on one of them goes back
   * to the cluster, or to the map when the cluster is going too (`refocus`: the map is zooming).
   */
  const collapse = ({ refocus = 'cluster' }: { refocus?: 'cluster' | 'map' } = {}) => {
    if (!fanned) return;
    const cluster = fanned.getElement();
    const hadFocus = fan.getLayers().some((l) => (l as L.Marker).getElement()?.contains(document.activeElement));
    fan.clearLayers();
    cluster?.setAttribute('aria-expanded', 'false');
    fanned = undefined;
    if (hadFocus) (refocus === 'cluster' && cluster?.isConnected ? cluster : container).focus({ preventScroll: true });
  };
  // Escape folds an open fan from the cluster or any of its markers, as it closes a menu.
  container.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !fanned) return;
    const cluster = fanned.getElement();
    collapse();
    cluster?.focus({ preventScroll: true });
  });

  /** Each event of a cluster on a circle (or spiral) around it, in the tab order right after it. */
  const fanOut = (cluster: L.Marker, leaves: PointFeature<Props>[]) => {
    collapse();
    const centre = map.latLngToLayerPoint(cluster.getLatLng());
    // A marker image stands on its point: 20 px below the image's middle.
    leaves.forEach((leaf, k) => {
      const [dx, dy] = fanOffset(k, leaves.length);
      fan.addLayer(pointMarker(leaf.properties.i, map.layerPointToLatLng(centre.add([dx, dy + 20]))));
    });
    let previous = cluster.getElement();
    for (const layer of fan.getLayers()) {
      const element = (layer as L.Marker).getElement();
      if (!previous || !element) break;
      previous.after(element);
      previous = element;
    }
    cluster.getElement()?.setAttribute('aria-expanded', 'true');
    fanned = cluster;
  };

  const clusterMarker = (feature: ClusterFeature<Cluster>) => {
    const { cluster_id: id, point_count: count } = feature.properties;
    const [lng, lat] = feature.geometry.coordinates;
    const marker = new L.Marker([lat, lng], {
      keyboard: true,
      icon: new L.DivIcon({
        className: 'map-cluster',
        iconSize: [40, 40],
        html: `<span aria-hidden="true">${count}</span><span class="visually-hidden">${escapeHtml(options.labels.cluster(count))}</span>`,
      }),
    });
    const open = () => {
      if (!index) return;
      // Activated again, an open fan folds back (aria-expanded says which it is).
      if (marker === fanned) {
        collapse();
        return;
      }
      const leaves = index.getLeaves(id, Infinity);
      const bounds = L.latLngBounds(leaves.map((l) => [l.geometry.coordinates[1], l.geometry.coordinates[0]] as [number, number]));
      // Events that share a venue never separate by zooming: fan them out instead.
      if (map.getZoom() >= map.getMaxZoom() || bounds.getNorthEast().equals(bounds.getSouthWest())) {
        setBusy(true);
        fanOut(marker, leaves);
        if (!moving) setBusy(false);
      } else {
        // The cluster's button disappears as the map zooms; keep keyboard focus on the map.
        map.once('moveend', () => container.focus({ preventScroll: true }));
        // Busy now: an animated zoom only starts on the next frame.
        setBusy(true);
        const zoom = Math.min(map.getMaxZoom(), Math.max(index.getClusterExpansionZoom(id), map.getZoom() + 1));
        map.setView(bounds.getCenter(), zoom, { animate: motion });
      }
    };
    marker.on('click', open);
    marker.on('keypress', (e) => {
      if (activates(e)) open();
    });
    return marker;
  };

  /** Draws what the view shows (with a margin): clusters and single points, from the index. */
  const draw = () => {
    const wanted = new Map<string, ClusterFeature<Cluster> | PointFeature<Props>>();
    if (index) {
      const b = map.getBounds().pad(0.5);
      for (const f of index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], map.getZoom()))
        wanted.set(isCluster(f) ? `c${f.properties.cluster_id}` : `p${f.properties.i}`, f);
    }
    for (const [key, marker] of drawn) {
      if (wanted.has(key)) continue;
      if (marker === fanned) collapse({ refocus: 'map' });
      markers.removeLayer(marker);
      drawn.delete(key);
    }
    for (const [key, f] of wanted) {
      if (drawn.has(key)) continue;
      const [lng, lat] = f.geometry.coordinates;
      const marker = isCluster(f) ? clusterMarker(f) : pointMarker(f.properties.i, [lat, lng]);
      drawn.set(key, marker);
      markers.addLayer(marker);
    }
  };

  map.on('movestart', () => {
    moving = true;
    setBusy(true);
  });
  // Fanned-out markers stand where they do at one zoom: they fold back when it changes (a pan, as
  // when Leaflet brings a focused marker into view, leaves them open).
  map.on('zoomstart', () => collapse({ refocus: 'map' }));
  map.on('moveend', () => {
    moving = false;
    draw();
    setBusy(false);
  });

  return {
    async show(shown, neighbourhoods) {
      labels.clearLayers();
      if (!options.tileUrl) {
        for (const n of neighbourhoods) {
          if (!n.centroid) continue;
          new L.Tooltip({ permanent: true, direction: 'top', offset: [0, -24], className: 'map-place', interactive: false })
            .setLatLng([n.centroid.lat, n.centroid.lng])
            .setContent(escapeHtml(n.name))
            .addTo(labels);
        }
      }
      setBusy(true);
      collapse({ refocus: 'map' });
      markers.clearLayers();
      drawn.clear();
      points = shown;
      // Built once per set of points (10,000 take a few tens of milliseconds); each move then only
      // asks it for what is in view. Clusters down to the map's highest zoom, with Leaflet's 256 px tiles.
      index = new Supercluster<Props, Cluster>({ minZoom: 11, maxZoom: 18, radius: CLUSTER_RADIUS, extent: 256 }).load(
        shown.map((p, i) => ({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [p.lng, p.lat] } })),
      );
      // fitBounds always ends with moveend (at once when the view stays put), which draws the markers
      // and settles the map.
      if (shown.length > 0)
        map.fitBounds(L.latLngBounds(shown.map((p) => [p.lat, p.lng] as [number, number])), {
          padding: [24, 24],
          maxZoom: 16,
          animate: motion,
        });
      else {
        draw();
        setBusy(false);
      }
      return idle();
    },
    destroy() {
      map.remove();
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}
