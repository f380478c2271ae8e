import { GROUP_LIMITS, type FieldErrorDetail } from '@pairs/shared-domain';

/**
 * Checks of the free-text fields of organisations, groups and join requests. Pure: every problem
 * of an input is reported at once, with its field. `undefined` means "left out" (updates keep the
 * current value); `null` on a required field is a problem.
 */
export interface CheckedText {
  problems: FieldErrorDetail[];
}

/** Trims and collapses runs of spaces (names are one line). */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

function checkName(
  value: string | null | undefined,
  field: string,
  min: number,
  max: number,
  problems: FieldErrorDetail[],
): string | undefined {
  if (value === undefined) return undefined;
  const name = oneLine(value ?? '');
  if (!name) problems.push({ field, reason: 'required', message: `${field} is required` });
  else if (name.length < min) {
    problems.push({ field, reason: 'minLength', message: `${field} must have at least ${min} characters` });
  } else if (name.length > max) {
    problems.push({ field, reason: 'maxLength', message: `${field} must have at most ${max} characters` });
  }
  return name;
}

function checkDescription(
  value: string | null | undefined,
  max: number,
  problems: FieldErrorDetail[],
): string | undefined {
  if (value === undefined) return undefined;
  const description = (value ?? '').trim();
  if (description.length > max) {
    problems.push({
      field: 'description',
      reason: 'maxLength',
      message: `description must have at most ${max} characters`,
    });
  }
  return description;
}

/** An http(s) address with a dotted host name, or null (none). */
export function checkWebsite(
  value: string | null | undefined,
  problems: FieldErrorDetail[],
): string | null | undefined {
  if (value === undefined) return undefined;
  const website = (value ?? '').trim();
  if (!website) return null;
  if (website.length > GROUP_LIMITS.websiteMax) {
    problems.push({
      field: 'website',
      reason: 'maxLength',
      message: `website must have at most ${GROUP_LIMITS.websiteMax} characters`,
    });
    return website;
  }
  let url: URL | null;
  try {
    url = new URL(website);
  } catch {
    url = null;
  }
  const valid =
    url !== null &&
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) &&
    url.username === '' &&
    url.password === '' &&
    !/\s/.test(website);
  if (!valid)
    problems.push({ field: 'website', reason: 'invalid', message: 'website must be an http(s) address' });
  return website;
}

export function checkOrganizationText(input: {
  name?: string | null;
  description?: string | null;
  website?: string | null;
}): CheckedText & { name?: string; description?: string; website?: string | null } {
  const problems: FieldErrorDetail[] = [];
  const name = checkName(input.name, 'name', 1, GROUP_LIMITS.organizationNameMax, problems);
  const description = checkDescription(input.description, GROUP_LIMITS.organizationDescriptionMax, problems);
  const website = checkWebsite(input.website, problems);
  return { problems, name, description, website };
}

export function checkGroupText(input: {
  name?: string | null;
  description?: string | null;
  themeSlugs?: readonly string[] | null;
}): CheckedText & { name?: string; description?: string } {
  const problems: FieldErrorDetail[] = [];
  const name = checkName(input.name, 'name', GROUP_LIMITS.nameMin, GROUP_LIMITS.nameMax, problems);
  const description = checkDescription(input.description, GROUP_LIMITS.descriptionMax, problems);
  if (
    input.themeSlugs &&
    new Set(input.themeSlugs.map((s) => s.trim().toLowerCase())).size > GROUP_LIMITS.themesMax
  ) {
    problems.push({
      field: 'themeSlugs',
      reason: 'maxSize',
      message: `At most ${GROUP_LIMITS.themesMax} themes`,
    });
  }
  return { problems, name, description };
}

/** A join request's message: trimmed, empty is none. */
export function checkJoinMessage(value: string | null | undefined): CheckedText & { message: string | null } {
  const message = (value ?? '').trim();
  const problems: FieldErrorDetail[] = [];
  if (message.length > GROUP_LIMITS.joinMessageMax) {
    problems.push({
      field: 'message',
      reason: 'maxLength',
      message: `message must have at most ${GROUP_LIMITS.joinMessageMax} characters`,
    });
  }
  return { problems, message: message || null };
}
