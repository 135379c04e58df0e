import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module.js';
import { ClassesModule } from '../classes/classes.module.js';
import { MediaModule } from '../media/media.module.js';
import { DemoSeed } from './demo-seed.js';

/** The demo class of a first start (see DemoSeed). */
@Module({
  imports: [ClassesModule, CatalogModule, MediaModule],
  providers: [DemoSeed],
})
export class SeedModule {}
