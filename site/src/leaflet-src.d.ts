// Leaflet's ES module sources, which src/routes/[lang=lang]/events/leaflet.ts imports piece by
// piece, typed as the same classes of @types/leaflet.
declare module 'leaflet/src/map/index.js' {
  export { Map } from 'leaflet';
}
declare module 'leaflet/src/control/Control.Attribution.js' {}
declare module 'leaflet/src/control/Control.Zoom.js' {
  import type { Control } from 'leaflet';
  export const Zoom: typeof Control.Zoom;
}
declare module 'leaflet/src/layer/marker/Marker.js' {
  export { Marker } from 'leaflet';
}
declare module 'leaflet/src/layer/marker/DivIcon.js' {
  export { DivIcon } from 'leaflet';
}
declare module 'leaflet/src/layer/marker/Icon.Default.js' {
  import type { Icon } from 'leaflet';
  export const IconDefault: typeof Icon.Default;
}
declare module 'leaflet/src/layer/LayerGroup.js' {
  export { LayerGroup } from 'leaflet';
}
declare module 'leaflet/src/layer/Tooltip.js' {
  export { Tooltip } from 'leaflet';
}
declare module 'leaflet/src/layer/tile/TileLayer.js' {
  export { TileLayer } from 'leaflet';
}
declare module 'leaflet/src/geo/LatLngBounds.js' {
  export { latLngBounds as toLatLngBounds } from 'leaflet';
}
