import type { Dataset } from "../model/types.ts";
import { EntityTable } from "../ui/EntityTable.tsx";
import { RelationTable } from "../ui/RelationTable.tsx";

/** The data without the canvas: relations and entities as tables. */
export function Tables({
  dataset,
  visible,
}: {
  dataset: Dataset;
  visible: { nodes: Set<string>; edges: Set<string> };
}) {
  return (
    <div className="tables">
      <RelationTable dataset={dataset} visible={visible.edges} />
      <EntityTable dataset={dataset} visible={visible.nodes} />
    </div>
  );
}
