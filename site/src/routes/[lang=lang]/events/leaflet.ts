/**
 * The parts of Leaflet 1.9 the map uses, taken from Leaflet's own ES module sources (`leaflet/src`,
 * shipped in its package). Its built file is one block the bundler must keep whole, with what the map
 * never uses: vector shapes and their SVG and canvas renderers, GeoJSON, popups, image and video
 * overlays, the layers and scale controls. Taking the parts leaves those out: about 12 KB of the
 * JavaScript the events page downloads (brotli). The types are @types/leaflet's (src/leaflet-src.d.ts).
 */
// The map with its handlers: dragging, keyboard, double-click, wheel, box and touch zoom, tap-hold.
export { Map } from 'leaflet/src/map/index.js';
// Named in the map's corner when a tile layer says whose tiles they are.
import 'leaflet/src/control/Control.Attribution.js';
export { Zoom } from 'leaflet/src/control/Control.Zoom.js';
export { Marker } from 'leaflet/src/layer/marker/Marker.js';
export { DivIcon } from 'leaflet/src/layer/marker/DivIcon.js';
export { IconDefault } from 'leaflet/src/layer/marker/Icon.Default.js';
export { LayerGroup } from 'leaflet/src/layer/LayerGroup.js';
export { Tooltip } from 'leaflet/src/layer/Tooltip.js';
export { TileLayer } from 'leaflet/src/layer/tile/TileLayer.js';
export { toLatLngBounds as latLngBounds } from 'leaflet/src/geo/LatLngBounds.js';
export type { LatLngExpression, LeafletEvent, LeafletKeyboardEvent } from 'leaflet';
