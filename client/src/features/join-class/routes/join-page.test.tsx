import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-route';

describe('JoinPage', () => {
  it('asks for the class code and says joining opens when the facilitator starts the class', async () => {
    renderRoute('/gabung');
    expect(await screen.findByRole('heading', { level: 1, name: 'Gabung Kelas' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Kode kelas/ })).toBeTruthy();
    expect(screen.getByText('Kelas belum dibuka')).toBeTruthy();
  });

  it('capitalises the code, drops other characters and says when it is complete', async () => {
    renderRoute('/gabung');
    const input = (await screen.findByRole('textbox', { name: /Kode kelas/ })) as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'ab-12 cd' } });
    expect(input.value).toBe('AB12CD');
    expect(screen.getByText('Kode sudah lengkap.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it('flags a code that is too short once the field is left', async () => {
    renderRoute('/gabung');
    const input = await screen.findByRole('textbox', { name: /Kode kelas/ });
    fireEvent.change(input, { target: { value: 'ab1' } });
    fireEvent.blur(input);
    expect(screen.getByText('Kode kelas terdiri dari 6 huruf atau angka.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('fills the code from a QR link', async () => {
    renderRoute('/gabung?kode=x7k9q2');
    const input = (await screen.findByRole('textbox', { name: /Kode kelas/ })) as HTMLInputElement;
    expect(input.value).toBe('X7K9Q2');
  });
});
