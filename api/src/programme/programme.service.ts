import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import { ClassesService } from '../classes/classes.service.js';
import { ReportsService } from '../reports/reports.service.js';
import type { ProgrammeClassView, ProgrammeQuery, ProgrammeView } from './dto/programme.dto.js';
import { dateRangeProblem, inFilter, programmeCsv, programmeRow, programmeTotals } from './programme-rules.js';
import { programmeErrors } from './programme.errors.js';

/** Class reports read at once: each is a handful of statements, and the pool serves the classes running too. */
const REPORTS_AT_ONCE = 3;

/**
 * The programme view (issue 17): every class the viewer may see, each summed up from its own class report (so the
 * programme's totals are the class reports added up), with its attendance sheet. The admin is the programme's
 * coordinator for now: there is no separate coordinator account.
 */
@Injectable()
export class ProgrammeService {
  constructor(
    private readonly classes: ClassesService,
    private readonly reports: ReportsService,
  ) {}

  async view(viewer: Principal, query: ProgrammeQuery): Promise<ProgrammeView> {
    const filter = { regencyCode: query.regency, from: query.from, to: query.to };
    const problem = dateRangeProblem(filter);
    if (problem) throw programmeErrors.dateRangeInvalid(problem);
    const all = await this.classes.list(viewer);
    const chosen = all.filter((c) => inFilter(c, filter)).sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
    const rows: ProgrammeClassView[] = [];
    for (let i = 0; i < chosen.length; i += REPORTS_AT_ONCE) {
      rows.push(...(await Promise.all(chosen.slice(i, i + REPORTS_AT_ONCE).map((c) => this.row(c.id, c.regencyCode)))));
    }
    const regencies = new Map(all.map((c) => [c.regencyCode, c.regencyLabel]));
    return {
      generatedAt: new Date().toISOString(),
      filter: { regency: query.regency, from: query.from, to: query.to },
      regencies: [...regencies].map(([code, label]) => ({ code, label })).sort((a, b) => a.label.localeCompare(b.label, 'id')),
      classes: rows,
      totals: programmeTotals(rows),
    };
  }

  async csv(viewer: Principal, query: ProgrammeQuery): Promise<{ filename: string; body: string }> {
    const view = await this.view(viewer, query);
    const range = [query.regency, query.from, query.to].filter(Boolean).join('_');
    return { filename: `ringkasan-program${range ? `-${range}` : ''}.csv`, body: programmeCsv(view.classes) };
  }

  private async row(classId: string, regencyCode: string): Promise<ProgrammeClassView> {
    const [report, participants] = await Promise.all([this.reports.report(classId), this.classes.participants(classId)]);
    const attendance = participants
      .filter((p) => !p.isPersona)
      .map((p) => ({ name: p.name, village: p.village, phone: p.phone, role: p.role, joinedAt: p.joinedAt }));
    return programmeRow(regencyCode, report, attendance);
  }
}
