import application from './application.json';
import association from './association.json';
import callForInterest from './call-for-interest.json';
import applicationAttachment from './components/application.attachment.json';
import applicationReview from './components/application.review.json';
import callCriterion from './components/call.criterion.json';
import callRequiredDocument from './components/call.required-document.json';
import partnership from './partnership.json';
import bodySession from './body-session.json';
import comment from './comment.json';
import bodyMember from './components/body.member.json';
import indicatorMeasurement from './components/indicator.measurement.json';
import planVersion from './components/plan.version.json';
import consultativeBody from './consultative-body.json';
import indicator from './indicator.json';
import planAction from './plan-action.json';
import planMilestone from './plan-milestone.json';
import thematicPlan from './thematic-plan.json';
import accessEventAccessibility from './components/access.event-accessibility.json';
import accessPlaceAccessibility from './components/access.place-accessibility.json';
import eventAudience from './components/event.audience.json';
import eventRegistration from './components/event.registration.json';
import eventSeries from './components/event.series.json';
import eventSeriesChange from './components/event.series-change.json';
import geoPoint from './components/geo.point.json';
import mediaCaptionTrack from './components/media.caption-track.json';
import mediaEasyReadSentence from './components/media.easy-read-sentence.json';
import mediaDescribedPhoto from './components/media.described-photo.json';
import mediaSignLanguageVideo from './components/media.sign-language-video.json';
import event from './event.json';
import heritagePoint from './heritage-point.json';
import neighbourhood from './neighbourhood.json';
import programme from './programme.json';
import strapiFields from './strapi-fields.json';
import venue from './venue.json';

/** A text written twice: the admin panel's interface is in French or Arabic. */
export interface Bilingual {
  fr: string;
  ar: string;
}

export interface FieldWording extends Bilingual {
  hint?: Bilingual;
  /** An example value, the same in both languages (an address, a phone number). */
  placeholder?: string;
  /** For a relation: the field of the related entry that names it in pickers and lists. */
  mainField?: string;
}

export interface EditorView {
  uid: string;
  /** A content type's name in its schema, which the admin panel's menu looks up in its translations. */
  displayName?: string;
  /** What editors call the type, in the menu and at the head of its list. */
  name?: Bilingual;
  settings?: Record<string, string | number | boolean>;
  /** Columns of the list view, in order (Strapi adds its locale and publication columns itself). */
  list?: string[];
  /** Rows of the edit form; sizes are Strapi's twelfths of a row. */
  edit: { name: string; size: number }[][];
  fields: Record<string, FieldWording>;
}

/** How editors see the hub's content types in the content manager, one file each. */
export const CONTENT_TYPE_VIEWS: readonly EditorView[] = [
  event,
  association,
  neighbourhood,
  venue,
  programme,
  consultativeBody,
  bodySession,
  thematicPlan,
  planAction,
  planMilestone,
  indicator,
  comment,
  heritagePoint,
  callForInterest,
  application,
  partnership,
];

/** How editors see the components those types are made of. */
export const COMPONENT_VIEWS: readonly EditorView[] = [
  eventAudience,
  eventRegistration,
  eventSeries,
  eventSeriesChange,
  accessEventAccessibility,
  accessPlaceAccessibility,
  geoPoint,
  mediaSignLanguageVideo,
  mediaCaptionTrack,
  mediaEasyReadSentence,
  bodyMember,
  planVersion,
  indicatorMeasurement,
  mediaDescribedPhoto,
  callCriterion,
  callRequiredDocument,
  applicationAttachment,
  applicationReview,
];

/** Names for the fields Strapi adds to every type (dates, authors, locale). */
export const STRAPI_FIELDS: Readonly<Record<string, Bilingual>> = strapiFields;

/** Strapi shows one string per label whatever the interface language: French first, then Arabic. */
export const bilingual = (text: Bilingual) => `${text.fr} · ${text.ar}`;
