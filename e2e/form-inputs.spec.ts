// The form's plain inputs (src/ui/fields/NativeInputs.tsx): what MUI's text field did for us and
// must still hold: errors under the box without losing the caret, labels, switches by keyboard.
import { expect, test } from '@playwright/test';
import { field, fieldInput, manifestText, openChart } from './helpers';

test('a number field keeps focus and text while its error comes and goes', async ({ page }) => {
  await openChart(page, 'centrifugo');
  const input = fieldInput(page, 'replicaCount');
  await input.fill('');
  await input.pressSequentially('3x');
  const helper = field(page, 'replicaCount').locator('.cf-helper');
  await expect(helper).toBeVisible();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAttribute('aria-describedby', /-helper/);
  // Still the same focused input: the next keys land in it.
  await expect(input).toBeFocused();
  await page.keyboard.press('Backspace');
  await page.keyboard.type('4');
  await expect(input).toHaveValue('34');
  await expect(helper).toHaveCount(0);
  await expect(manifestText(page)).toContainText('replicas: 34');
});

test('a YAML box keeps focus while a syntax error shows and clears', async ({ page }) => {
  await openChart(page, 'centrifugo');
  const input = fieldInput(page, 'extraContainers');
  await input.click();
  await input.fill('');
  await input.pressSequentially('- name: [');
  await expect(field(page, 'extraContainers').locator('.cf-helper')).toContainText('last valid value is kept');
  await expect(input).toBeFocused();
  await page.keyboard.type('x]');
  await expect(input).toHaveValue('- name: [x]');
  await expect(field(page, 'extraContainers').locator('.cf-helper')).toHaveCount(0);
});

test('labels name the plain inputs, and a switch turns with Space', async ({ page }) => {
  await openChart(page, 'centrifugo');
  await expect(page.getByLabel('replicaCount', { exact: true })).toHaveCount(1);
  const toggle = page.getByRole('switch', { name: 'ingress enabled', exact: true });
  await expect(toggle).not.toBeChecked();
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toBeChecked();
  await expect(manifestText(page)).toContainText('kind: Ingress');
});
