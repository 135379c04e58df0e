import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One photo of a product, in gallery order (position 0 is the cover). */
@Entity('product_photo')
export class ProductPhoto {
  @PrimaryColumn({ name: 'product_id', type: 'uuid' })
  productId: string;

  @PrimaryColumn({ type: 'smallint' })
  position: number;

  @Column({ name: 'media_hash', type: 'char', length: 64 })
  mediaHash: string;

  @Column({ type: 'integer' })
  width: number;

  @Column({ type: 'integer' })
  height: number;
}
