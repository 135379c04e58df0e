import { Module } from '@nestjs/common';
import { ClassLearningCheckController, MyLearningCheckController } from './learning-check.controller.js';
import { LearningCheckRepository } from './learning-check.repository.js';
import { LearningCheckService } from './learning-check.service.js';

/** "Cek Pemahaman": the check before and after the lessons, and the gain the programme reports. */
@Module({
  controllers: [MyLearningCheckController, ClassLearningCheckController],
  providers: [LearningCheckRepository, LearningCheckService],
  exports: [LearningCheckService],
})
export class LearningCheckModule {}
