import { toast } from './ui';

/** A menu item whose feature has not shipped yet says so instead of failing. */
function comingSoon(feature: string): () => void {
  return () => toast(`${feature} is coming soon.`);
}

export const takeSnapshot = comingSoon('Take quarterly snapshot');
export const buildVariance = comingSoon('Build QoQ variance');
