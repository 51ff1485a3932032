import type { AuditLog } from '../../../domain/access/audit-trail';
import { inGroup, type RouteDefinition } from '../../route';
import { type JourneySimulationServices, journeySimulationRoutes } from '../journey-simulation-routes';

export interface SimulationApiServices extends JourneySimulationServices {
  readonly audit: AuditLog;
}

/** A journey version run on a simulated clock: the `ApiSimulation` function. */
export function simulationRoutes(services: SimulationApiServices): RouteDefinition[] {
  return inGroup('simulation', journeySimulationRoutes(services));
}
