/** Which media URLs the timeline can show (images), and names for those it cannot. */
import { safeUrl } from '../model/safety.js';

const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif', 'svg', 'bmp'];

const EMBEDS: Array<[host: string, name: string]> = [
  ['youtube.com', 'YouTube video'],
  ['youtu.be', 'YouTube video'],
  ['vimeo.com', 'Vimeo video'],
  ['twitter.com', 'Tweet'],
  ['x.com', 'Tweet'],
  ['soundcloud.com', 'SoundCloud audio'],
  ['spotify.com', 'Spotify audio'],
  ['google.com', 'Google embed'],
  ['wikipedia.org', 'Wikipedia page'],
  ['instagram.com', 'Instagram post'],
  ['flickr.com', 'Flickr page'],
  ['dailymotion.com', 'Dailymotion video'],
  ['documentcloud.org', 'DocumentCloud document'],
];

/** The path of a URL without query and fragment, lower-cased. */
function pathOf(url: string): string {
  const cut = url.search(/[?#]/);
  return (cut === -1 ? url : url.slice(0, cut)).toLowerCase();
}

/** The host of an absolute or protocol-relative URL, lower-cased; '' otherwise. */
function hostOf(url: string): string {
  try {
    return new URL(url, 'https://relative.invalid/').hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** True for a safe URL whose path ends in an image file extension. */
export function isImageUrl(url: string): boolean {
  if (safeUrl(url) === null) return false;
  const path = pathOf(url);
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') && IMAGE_EXTENSIONS.includes(path.slice(dot + 1));
}

/** What a non-image media URL is, for a message: `YouTube video`, or `embed` when unknown. */
export function embedName(url: string): string {
  const host = hostOf(url);
  for (const [suffix, name] of EMBEDS) if (host === suffix || host.endsWith(`.${suffix}`)) return name;
  return 'embed';
}

/** A label for a link with no text of its own: its host, or the URL. */
export function linkLabel(url: string): string {
  const host = hostOf(url);
  return host === '' || host === 'relative.invalid' ? url : host.replace(/^www\./, '');
}
