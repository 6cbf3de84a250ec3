import { useEffect, useState } from "preact/hooks";
import { listTeammates, listTeams, type Teammate, type Team } from "./team.ts";

// Teammates and teams, loaded once per page and shared by the inbox views, the assign menu,
// presence and the timeline; `refreshDirectory` after the teams page changes them.
export interface Directory {
  admins: Teammate[];
  teams: Team[];
  adminName: (id: string | null) => string | null;
  teamName: (id: string | null) => string | null;
}

const EMPTY: Directory = { admins: [], teams: [], adminName: () => null, teamName: () => null };
let loading: Promise<Directory> | null = null;
const listeners = new Set<(d: Directory) => void>();

function build(admins: Teammate[], teams: Team[]): Directory {
  const admin = new Map(admins.map((a) => [a.id, a.name]));
  const team = new Map(teams.map((t) => [t.id, t.name]));
  return {
    admins,
    teams,
    adminName: (id) => (id === null ? null : (admin.get(id) ?? `Admin #${id}`)),
    teamName: (id) => (id === null ? null : (team.get(id) ?? `Team #${id}`)),
  };
}

function load(): Promise<Directory> {
  const signal = new AbortController().signal;
  loading ??= Promise.all([listTeammates(signal), listTeams(signal)]).then(
    ([admins, teams]) => build(admins, teams),
    () => {
      loading = null;
      return EMPTY;
    },
  );
  return loading;
}

export function refreshDirectory(): void {
  loading = null;
  void load().then((d) => listeners.forEach((listener) => listener(d)));
}

export function useDirectory(): Directory {
  const [directory, setDirectory] = useState<Directory>(EMPTY);
  useEffect(() => {
    let live = true;
    const update = (d: Directory) => live && setDirectory(d);
    listeners.add(update);
    void load().then(update);
    return () => {
      live = false;
      listeners.delete(update);
    };
  }, []);
  return directory;
}
