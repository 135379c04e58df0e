import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { item } from '../testing/fixtures';
import { ProductCard } from './product-card';

function card(promoted: boolean) {
  return render(
    <MemoryRouter>
      <ul>
        <ProductCard item={item(1, { promoted })} index={0} />
      </ul>
    </MemoryRouter>,
  );
}

describe('a storefront card', () => {
  it('says "Iklan" on a product with a running paid promotion', () => {
    card(true);
    expect(screen.getByTestId('product-card-ad').textContent).toBe('Iklan');
  });

  it('says nothing of ads otherwise', () => {
    card(false);
    expect(screen.queryByTestId('product-card-ad')).toBeNull();
  });
});
