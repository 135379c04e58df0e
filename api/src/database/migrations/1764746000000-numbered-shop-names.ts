import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shops are named from the owner's numbered name ("Toko Sri Nurhayati (2)"): two trainees with the same name had
 * identical shops. Renames the default names of existing shops of numbered owners; a name the trainee chose stays.
 */
export class NumberedShopNames1764746000000 implements MigrationInterface {
  name = 'NumberedShopNames1764746000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE "shop" s
         SET "name" = left('Toko ' || p."display_name" || ' (' || p."name_number" || ')', 60), "updated_at" = now()
        FROM "participant" p
       WHERE p."id" = s."participant_id" AND p."name_number" > 1 AND s."name" = left('Toko ' || p."display_name", 60)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE "shop" s
         SET "name" = left('Toko ' || p."display_name", 60), "updated_at" = now()
        FROM "participant" p
       WHERE p."id" = s."participant_id" AND p."name_number" > 1
         AND s."name" = left('Toko ' || p."display_name" || ' (' || p."name_number" || ')', 60)`);
  }
}
