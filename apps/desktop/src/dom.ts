type Child = Node | string | undefined;

/**
 * Builds an element. Text always goes in as text nodes, never as HTML: interaction data comes from outside
 * (a CRM, a caller), and must not be able to inject markup into the agent's page.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== undefined) element.append(child);
  return element;
}

export function button(label: string, testId: string, onClick: () => void): HTMLButtonElement {
  const element = el('button', { type: 'button', 'data-testid': testId }, label);
  element.addEventListener('click', onClick);
  return element;
}
