import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ClassesService } from '../classes/classes.service.js';
import { LearningCheckService } from '../learning-check/learning-check.service.js';
import type { IndonesianTimeZone } from '../common/time/zoned-time.js';
import { feedText } from '../missions/activity-feed.js';
import { checkMissions } from '../missions/mission-checks.js';
import { MissionFactsRepository } from '../missions/mission-facts.repository.js';
import { MissionsService } from '../missions/missions.service.js';
import type { ClassReportView, ReportPracticeView, ReportTimelineItemView } from './dto/report.dto.js';
import { collapseClockChanges, completionSeries, countEvents, type CountEvent, reportCsv, sumCounts } from './report-rules.js';

const COUNTED_TYPES = ['product.created', 'order.placed', 'order.paid', 'order.shipped', 'order.completed', 'wallet.withdrawal_succeeded'];
/** What the timeline shows: the session's own moments, not every trainee's tap. */
const TIMELINE_TYPES = ['class.created', 'class.updated', 'class.reset', 'clock.changed', 'scenario.started', 'demo_orders.requested', 'missions.settings_changed', 'learning_check.round_opened'];
/** Firsts worth a line in the timeline ("first product posted at 09.40"). */
/** Recorded in the trainee's name but not her doing (the mission checks), or not practice (joining late). */
const NOT_PRACTICE_TYPES = ['mission.progress', 'participant.joined'];
const FIRST_TYPES = ['participant.joined', 'product.created', 'order.placed', 'order.paid', 'order.shipped', 'order.completed', 'wallet.withdrawal_succeeded'];

/** The programme's activity report: per trainee missions and counts, totals in rupiah, the chart and the timeline. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly classes: ClassesService,
    private readonly facts: MissionFactsRepository,
    private readonly missions: MissionsService,
    private readonly learning: LearningCheckService,
  ) {}

  async report(classId: string): Promise<ClassReportView> {
    const [detail, grid, settings, trainees, villages, counted, progress, timeline, learningCheck] = await Promise.all([
      this.classes.detail(classId, undefined),
      this.missions.grid(classId),
      this.facts.settings(classId),
      this.facts.withFacts(classId),
      this.dataSource.query(`SELECT id, village FROM participant_profile WHERE class_id = $1`, [classId]) as Promise<{ id: string; village: string | null }[]>,
      this.dataSource.query(
        `SELECT a.type, a.actor_id, a.payload FROM class_activity a WHERE a.class_id = $1 AND a.type = ANY($2::text[]) ORDER BY a.id`,
        [classId, COUNTED_TYPES],
      ) as Promise<{ type: string; actor_id: string | null; payload: Record<string, unknown> }[]>,
      this.dataSource.query(
        `SELECT a.occurred_at AS at, jsonb_array_length(COALESCE(a.payload -> 'completed', '[]'::jsonb))::int AS completed
           FROM class_activity a WHERE a.class_id = $1 AND a.type = 'mission.progress' ORDER BY a.id`,
        [classId],
      ) as Promise<{ at: Date; completed: number }[]>,
      this.timeline(classId),
      this.learning.results(classId),
    ]);

    const practice = await this.practiceAfter(classId, detail.date, detail.timeZone);
    const villageOf = new Map(villages.map((row) => [row.id, row.village]));
    const ownerOfShop = new Map(trainees.map((t) => [t.shopId, t.participantId]));
    const eventsOf = new Map<string, CountEvent[]>();
    for (const row of counted) {
      const shopId = typeof row.payload.shopId === 'string' ? row.payload.shopId : null;
      const owner = row.type === 'product.created' ? row.actor_id : shopId ? ownerOfShop.get(shopId) : null;
      if (!owner) continue;
      const list = eventsOf.get(owner) ?? [];
      list.push({ type: row.type, payload: row.payload });
      eventsOf.set(owner, list);
    }
    const rows = trainees.map((trainee) => {
      const missions = checkMissions(trainee.facts, settings).map((result) => ({ id: result.id, state: result.state }));
      return {
        participantId: trainee.participantId,
        name: trainee.name,
        village: villageOf.get(trainee.participantId) ?? null,
        shopName: trainee.shopName,
        joinedAt: trainee.joinedAt.toISOString(),
        missions,
        doneCount: missions.filter((m) => m.state === 'done').length,
        counts: countEvents(eventsOf.get(trainee.participantId) ?? []),
      };
    });
    return {
      class: {
        id: detail.id,
        name: detail.name,
        place: detail.place,
        date: detail.date,
        regencyLabel: detail.regencyLabel,
        timeZone: detail.timeZone,
        joinCode: detail.joinCode,
        status: detail.status,
        facilitators: detail.facilitators,
      },
      generatedAt: new Date().toISOString(),
      missionIds: settings.filter((s) => s.enabled).map((s) => s.id),
      missions: grid.missions,
      trainees: rows,
      totals: sumCounts(rows.map((row) => row.counts)),
      traineeCount: rows.length,
      completionSeries: completionSeries(progress),
      timeline,
      learningCheck,
      practice,
      attendanceCsvUrl: `/api/classes/${classId}/attendance.csv`,
      reportCsvUrl: `/api/classes/${classId}/report.csv`,
    };
  }

  async csv(classId: string): Promise<{ filename: string; body: string }> {
    const report = await this.report(classId);
    return {
      filename: `laporan-kegiatan-${report.class.date}-${report.class.joinCode}.csv`,
      body: reportCsv(
        report.missionIds,
        report.trainees.map((t) => ({ name: t.name, village: t.village, shopName: t.shopName, joinedAt: new Date(t.joinedAt), missions: t.missions, counts: t.counts })),
        report.learningCheck.questions,
        report.class.timeZone,
      ),
    };
  }

  /**
   * "Latihan setelah hari H": what the trainees themselves did (in the activity log) on a later day than the class
   * date, by the wall clock of the class's zone. Real time, not the class clock: a clock sped up during the session would put the
   * session itself days ahead, whereas a trainee who opens her shop again at home does it on a later real day.
   */
  private async practiceAfter(classId: string, classDate: string, timeZone: IndonesianTimeZone): Promise<ReportPracticeView> {
    const rows: { actions: number; trainees: number; last_at: Date | null }[] = await this.dataSource.query(
      `SELECT count(*)::int AS actions, count(DISTINCT a.actor_id)::int AS trainees, max(a.occurred_at) AS last_at
         FROM class_activity a JOIN participant_profile p ON p.id = a.actor_id AND p.class_id = a.class_id
        WHERE a.class_id = $1 AND p.role = 'trainee' AND NOT p.is_persona
          AND a.type <> ALL($2::text[])
          AND (a.occurred_at AT TIME ZONE $3)::date > $4::date`,
      [classId, NOT_PRACTICE_TYPES, timeZone, classDate],
    );
    const row = rows[0];
    return { actions: row?.actions ?? 0, trainees: row?.trainees ?? 0, lastAt: row?.last_at ? row.last_at.toISOString() : null };
  }

  private async timeline(classId: string): Promise<ReportTimelineItemView[]> {
    const rows: { id: string; type: string; payload: Record<string, unknown>; occurred_at: Date; sim_time: Date | null; actor_name: string | null; shop_name: string | null }[] =
      await this.dataSource.query(
        `(SELECT a.id, a.type, a.payload, a.occurred_at, a.sim_time, COALESCE(p.display_name, f.name) AS actor_name, s.name AS shop_name
            FROM class_activity a LEFT JOIN participant_profile p ON p.id = a.actor_id LEFT JOIN facilitator_profile f ON f.id = a.actor_id
            LEFT JOIN shop_profile s ON s.class_id = a.class_id AND s.id::text = a.payload->>'shopId'
           WHERE a.class_id = $1 AND a.type = ANY($2::text[]) ORDER BY a.id LIMIT 300)
         UNION ALL
         (SELECT DISTINCT ON (a.type) a.id, 'first.' || a.type AS type, a.payload, a.occurred_at, a.sim_time, COALESCE(p.display_name, f.name) AS actor_name, s.name AS shop_name
            FROM class_activity a LEFT JOIN participant_profile p ON p.id = a.actor_id LEFT JOIN facilitator_profile f ON f.id = a.actor_id
            LEFT JOIN shop_profile s ON s.class_id = a.class_id AND s.id::text = a.payload->>'shopId'
           WHERE a.class_id = $1 AND a.type = ANY($3::text[]) ORDER BY a.type, a.id)
         ORDER BY id`,
        [classId, TIMELINE_TYPES, FIRST_TYPES],
      );
    return collapseClockChanges(rows).map((row) => ({
      at: row.occurred_at.toISOString(),
      simTime: row.sim_time?.toISOString() ?? null,
      type: row.type,
      text: feedText({ type: row.type, payload: row.payload, actorName: row.actor_name, shopName: row.shop_name }),
    }));
  }
}
