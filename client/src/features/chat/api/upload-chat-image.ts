// A picture for the chat goes through the same photo pipeline as products (POST /api/media: decoded, EXIF
// stripped, stored as WebP); the message then carries its media id.
import { fetchWithSession } from '../../../shared/api/http';

export interface UploadedImage {
  id: string;
}

export async function uploadChatImage(file: Blob, fileName = 'foto.jpg'): Promise<UploadedImage> {
  const form = new FormData();
  form.append('file', file, fileName);
  const response = await fetchWithSession('/api/media', { method: 'POST', body: form });
  return (await response.json()) as UploadedImage;
}
