// "Cek Pemahaman" on real PostgreSQL: the default set seeded per class, answers before and after, the gain per
// question, a resend from the phone's outbox stored once, the facilitator's edits, and who may read the answers.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { bootApp, type BootedApp } from '../../test/boot-app.js';
import { ADMIN_ENV, type ApiClient, apiClient } from '../../test/api-client.js';
import { facilitatorClass, member, type Member } from '../../test/orders-fixtures.js';
import { DEFAULT_QUESTIONS } from './default-questions.js';

interface Question {
  id: string;
  key: string;
  options: { id: string; textId: string; textEn: string }[];
  correctOption: string;
  enabled: boolean;
  promptId: string;
  promptEn: string;
}

describe('Cek Pemahaman', () => {
  let booted: BootedApp;
  let api: ApiClient;
  let kelas: { facilitator: string; classId: string; joinCode: string };
  let other: { facilitator: string; classId: string; joinCode: string };
  let trainees: Member[];
  let questions: Question[];

  const answer = (token: string, body: Record<string, unknown>) => api.post('/api/learning-check/answers', { clientId: randomUUID(), round: 'before', ...body }, { token });
  const wrong = (q: Question) => q.options.find((o) => o.id !== q.correctOption)!.id;

  beforeAll(async () => {
    booted = await bootApp({ env: ADMIN_ENV });
    api = apiClient(booted.baseUrl);
    [kelas, other] = await Promise.all([facilitatorClass(api, 'Cek A'), facilitatorClass(api, 'Cek B')]);
    trainees = await Promise.all(['Sriyati', 'Wartini', 'Sumarni', 'Painem'].map((name) => member(api, kelas.joinCode, name)));
    const settings = await api.get(`/api/classes/${kelas.classId}/learning-check`, { token: kelas.facilitator });
    expect(settings.status).toBe(200);
    questions = settings.body.questions;
  }, 60_000);

  afterAll(async () => {
    await booted?.close();
  });

  it('seeds the default set for each class, in Indonesian and English, and hides the right answers from the phone', async () => {
    expect(questions.map((q) => q.key)).toEqual(DEFAULT_QUESTIONS.map((q) => q.key));
    expect(questions.length).toBeGreaterThanOrEqual(6);
    expect(questions.every((q) => q.promptId && q.promptEn && q.options.every((o) => o.textId && o.textEn))).toBe(true);
    const otherSet = await api.get(`/api/classes/${other.classId}/learning-check`, { token: other.facilitator });
    expect(otherSet.body.questions.map((q: Question) => q.id).some((id: string) => questions.some((q) => q.id === id))).toBe(false);

    const mine = await api.get('/api/learning-check/mine', { token: trainees[0]!.token });
    expect(mine.status).toBe(200);
    expect(mine.body.round).toBe('before');
    expect(mine.body.questions).toHaveLength(questions.length);
    expect(JSON.stringify(mine.body)).not.toContain('correct');
  });

  it('computes per question the share right before and after, and the gain', async () => {
    const [pay, otp] = questions;
    // Before: 1 of 4 right on the first question, 2 of 4 on the second (one more skipped it: not counted).
    for (const [i, t] of trainees.entries()) {
      expect((await answer(t.token, { questionId: pay!.id, optionId: i === 0 ? pay!.correctOption : wrong(pay!) })).status).toBe(201);
      if (i < 3) expect((await answer(t.token, { questionId: otp!.id, optionId: i < 2 ? otp!.correctOption : wrong(otp!) })).status).toBe(201);
      else expect((await answer(t.token, { questionId: otp!.id, optionId: null })).status).toBe(201);
    }
    // The "after" round is refused until a facilitator opens it.
    const early = await answer(trainees[0]!.token, { questionId: pay!.id, round: 'after', optionId: pay!.correctOption });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('LEARNING_ROUND_NOT_OPEN');
    // A trainee cannot open it; the facilitator can, and twice changes nothing.
    expect((await api.post(`/api/classes/${kelas.classId}/learning-check/after-round`, undefined, { token: trainees[0]!.token })).status).toBe(403);
    const opened = await api.post(`/api/classes/${kelas.classId}/learning-check/after-round`, undefined, { token: kelas.facilitator });
    expect(opened.status).toBe(201);
    expect(opened.body.afterOpenedAt).toEqual(expect.any(String));
    const again = await api.post(`/api/classes/${kelas.classId}/learning-check/after-round`, undefined, { token: kelas.facilitator });
    expect(again.body.afterOpenedAt).toBe(opened.body.afterOpenedAt);
    expect((await api.get('/api/learning-check/mine', { token: trainees[1]!.token })).body).toMatchObject({ round: 'after', answeredIds: [] });

    // After: 3 of 4 right on the first question, 4 of 4 on the second.
    for (const [i, t] of trainees.entries()) {
      expect((await answer(t.token, { round: 'after', questionId: pay!.id, optionId: i < 3 ? pay!.correctOption : wrong(pay!) })).status).toBe(201);
      expect((await answer(t.token, { round: 'after', questionId: otp!.id, optionId: otp!.correctOption })).status).toBe(201);
    }
    // Changing one's mind afterwards: the first answer counts.
    const changed = await answer(trainees[3]!.token, { round: 'after', questionId: pay!.id, optionId: pay!.correctOption });
    expect(changed.body.optionId).toBe(wrong(pay!));

    const results = await api.get(`/api/classes/${kelas.classId}/learning-check/results`, { token: kelas.facilitator });
    expect(results.status).toBe(200);
    const line = (id: string) => results.body.questions.find((q: { questionId: string }) => q.questionId === id);
    expect(line(pay!.id)).toMatchObject({ before: { answered: 4, correct: 1, percent: 25 }, after: { answered: 4, correct: 3, percent: 75 }, gain: 50 });
    expect(line(otp!.id)).toMatchObject({ before: { answered: 3, correct: 2, percent: 67 }, after: { answered: 4, correct: 4, percent: 100 }, gain: 33 });
    expect(line(questions[2]!.id)).toMatchObject({ before: { answered: 0, percent: null }, gain: null });
    const sriyati = results.body.trainees.find((t: { name: string }) => t.name === 'Sriyati');
    expect(sriyati).toMatchObject({ beforeCorrect: 2, beforeAnswered: 2, afterCorrect: 2, afterAnswered: 2 });

    // The report carries the same figures, and its CSV the per-question lines.
    const report = await api.get(`/api/classes/${kelas.classId}/report`, { token: kelas.facilitator });
    expect(report.body.learningCheck.questions).toEqual(results.body.questions);
    const csv = await api.get(`/api/classes/${kelas.classId}/report.csv`, { token: kelas.facilitator });
    expect(csv.text).toContain('"Cek Pemahaman","Benar Sebelum (%)","Benar Sesudah (%)","Kenaikan (poin)"');
    expect(csv.text).toContain(`"1","${pay!.promptId}","25","75","50","4","4"`);
  }, 60_000);

  it('stores an answer sent twice with the same clientId once (the outbox resending after a lost answer)', async () => {
    const late = await member(api, kelas.joinCode, 'Tukinah');
    const body = { clientId: randomUUID(), round: 'after', questionId: questions[4]!.id, optionId: questions[4]!.correctOption };
    const [first, second] = await Promise.all([
      api.post('/api/learning-check/answers', body, { token: late.token }),
      api.post('/api/learning-check/answers', body, { token: late.token }),
    ]);
    const third = await api.post('/api/learning-check/answers', body, { token: late.token });
    expect([first.status, second.status, third.status]).toEqual([201, 201, 201]);
    expect(third.body).toEqual({ clientId: body.clientId, questionId: body.questionId, round: 'after', optionId: body.optionId });
    const client = new pg.Client({ connectionString: booted.database.url });
    await client.connect();
    try {
      const rows = await client.query(`SELECT count(*)::int AS n FROM learning_answer WHERE participant_id = $1`, [late.participantId]);
      expect(rows.rows[0].n).toBe(1);
    } finally {
      await client.end();
    }
  });

  it('lets the facilitator edit the words, reorder and switch questions off; the phones follow', async () => {
    const reordered = [...questions].reverse().map((q, i) => ({
      id: q.id,
      enabled: i !== 0,
      promptId: i === 1 ? 'Kode OTP boleh dibagi?' : q.promptId,
      promptEn: q.promptEn,
      options: q.options,
      correctOption: q.correctOption,
    }));
    const saved = await api.put(`/api/classes/${kelas.classId}/learning-check/questions`, { questions: reordered }, { token: kelas.facilitator });
    expect(saved.status).toBe(200);
    expect(saved.body.questions.map((q: Question) => q.id)).toEqual(reordered.map((q) => q.id));
    const mine = await api.get('/api/learning-check/mine', { token: trainees[0]!.token });
    expect(mine.body.questions.map((q: { id: string }) => q.id)).toEqual(reordered.slice(1).map((q) => q.id));
    expect(mine.body.questions[0].promptId).toBe('Kode OTP boleh dibagi?');

    const missing = await api.put(`/api/classes/${kelas.classId}/learning-check/questions`, { questions: reordered.slice(1) }, { token: kelas.facilitator });
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('INVALID_LEARNING_QUESTIONS');
    const newAnswer = reordered.map((q, i) => (i === 1 ? { ...q, options: [...q.options.slice(1), { id: 'z', textId: 'Baru', textEn: 'New' }] } : q));
    expect((await api.put(`/api/classes/${kelas.classId}/learning-check/questions`, { questions: newAnswer }, { token: kelas.facilitator })).body.code).toBe(
      'INVALID_LEARNING_QUESTIONS',
    );
  });

  it('keeps the edited questions through a reset (answers and the final round go) and into a clone', async () => {
    const edited = (await api.get(`/api/classes/${kelas.classId}/learning-check`, { token: kelas.facilitator })).body.questions as Question[];
    const reset = await api.post(`/api/classes/${kelas.classId}/reset`, { confirmJoinCode: kelas.joinCode }, { token: kelas.facilitator });
    expect(reset.status).toBeLessThan(300);
    const after = await api.get(`/api/classes/${kelas.classId}/learning-check`, { token: kelas.facilitator });
    expect(after.body.afterOpenedAt).toBeNull();
    expect(after.body.questions).toEqual(edited);
    const results = await api.get(`/api/classes/${kelas.classId}/learning-check/results`, { token: kelas.facilitator });
    expect(results.body.trainees).toEqual([]);
    expect(results.body.questions.every((q: { before: { answered: number } }) => q.before.answered === 0)).toBe(true);

    const clone = await api.post(`/api/classes/${kelas.classId}/clone`, { name: 'Kelas Salinan' }, { token: kelas.facilitator });
    expect(clone.status).toBeLessThan(300);
    const copied = (await api.get(`/api/classes/${clone.body.id}/learning-check`, { token: kelas.facilitator })).body.questions as Question[];
    expect(copied.map((q) => [q.key, q.promptId, q.enabled])).toEqual(edited.map((q) => [q.key, q.promptId, q.enabled]));
    expect(copied.some((q) => edited.some((e) => e.id === q.id))).toBe(false);
    // Rejoin for the next test: the reset removed the trainees.
    trainees = await Promise.all(['Sriyati', 'Wartini'].map((name) => member(api, kelas.joinCode, name)));
  }, 60_000);

  it('keeps the answers to the class: another class’s trainee, facilitator or a classmate cannot read or answer them', async () => {
    const outsider = await member(api, other.joinCode, 'Orang Lain');
    const results = `/api/classes/${kelas.classId}/learning-check/results`;
    for (const token of [outsider.token, other.facilitator, trainees[1]!.token]) {
      const res = await api.get(results, { token });
      expect([403, 404]).toContain(res.status);
      expect(JSON.stringify(res.body)).not.toContain('Sriyati');
    }
    const foreign = await answer(outsider.token, { questionId: questions[0]!.id, optionId: questions[0]!.correctOption });
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('LEARNING_QUESTION_NOT_FOUND');
    const buyer = await member(api, kelas.joinCode, 'Pembeli', 'buyer');
    expect((await api.get('/api/learning-check/mine', { token: buyer.token })).status).toBe(403);
  });
});
