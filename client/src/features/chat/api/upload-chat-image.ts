// A picture for the chat goes through the same photo pipeline as products (POST /api/media: decoded, EXIF
// stripped, stored as WebP); the message then carries its media id.
import { fetchWithSession, UPLOAD_ANSWER_WITHIN_MS } from '../../../shared/api/http';

export interface UploadedImage {
  id: string;
}

export async function uploadChatImage(file: Blob, fileName = 'foto.jpg'): Promise<UploadedImage> {
  const form = new FormData();
  form.append('file', file, fileName);
  const response = await fetchWithSession('/api/media', { method: 'POST', body: form }, UPLOAD_ANSWER_WITHIN_MS);
  return (await response.json()) as UploadedImage;
}
