// The corpus's registry of bodies as the YAML file the portal reads (AGENCIES_FILE).
import { stringify } from 'yaml';
import type { Body } from '../../../src/schema/body.ts';

export function registryYaml(registry: Body[], province: string): string {
  const head = `# Generated benchmark registry: the bodies of ${province} whose reports the corpus holds.\n`;
  return (
    head +
    stringify(
      registry.map((a) => ({ slug: a.slug, name: a.name, aliases: a.aliases, level: a.level, region: a.region })),
      { aliasDuplicateObjects: false, flowCollectionPadding: false, lineWidth: 0 },
    )
  );
}
