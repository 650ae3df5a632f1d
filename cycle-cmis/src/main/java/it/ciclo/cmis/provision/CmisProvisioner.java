package it.ciclo.cmis.provision;

import it.ciclo.cmis.CmisDocumentStore;
import it.ciclo.cmis.CycModel;
import it.ciclo.deadline.Deadline;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Act;
import it.ciclo.directive.Sector;
import it.ciclo.layout.ActFolder;
import it.ciclo.layout.FolderPlan;
import it.ciclo.layout.Layout;
import it.ciclo.layout.Provisioner;
import it.ciclo.store.StoreException;
import it.ciclo.store.StorePath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.SecondaryType;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.Ace;
import org.apache.chemistry.opencmis.commons.enums.AclPropagation;

/**
 * Provisions a CMIS repository for a directive: creates the act and sector folders (as the core
 * {@link Provisioner} plans them, matching existing names by the directive's rule, which ignores
 * case unless told otherwise, as Alfresco does; a sector folder only where the sector owes an act), each
 * act folder with the {@code P:cyc:actFolder} aspect (act, title, cycle, deadlines computed by
 * cycle-core) and each sector folder with {@code P:cyc:sectorFolder}, in the same request that
 * creates it. Folders already there get the aspect if they lack it and have their properties
 * brought up to date: when an event moved a deadline (a deferral decree), the new date is written
 * and reported. Never deletes, moves or renames anything; running it again changes nothing.
 *
 * <p>A folder that several acts share (the seed's PIAO and its interim report) carries the first
 * act's id, title and deadlines: {@code cyc:actFolder} has room for one act.
 *
 * <p>After a failure (the repository went away midway) what was created stays, and the next run
 * completes the tree without duplicates: creation is by name, and a name already taken is the
 * folder looked for.
 */
public final class CmisProvisioner {

    private final Layout layout;
    private final Schedule schedule;
    private final ZoneId zone;

    /**
     * @param layout   the directive's folders
     * @param schedule the directive's deadlines, with the events known; a deadline day is stored as
     *                 its midnight in the directive's time zone
     */
    public CmisProvisioner(Layout layout, Schedule schedule) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.zone = schedule.directive().calendar().zone();
    }

    /**
     * Provisions {@code store}.
     *
     * @param store the store
     * @param permissions the groups to give access to, or empty to leave permissions alone
     * @param dryRun      whether to only report what would be done
     * @param progress    hears of each folder as soon as it is created
     * @return provisions {@code store}
     * @throws StoreException if the repository fails (what was done until then stays done)
     */
    public ProvisionReport run(CmisDocumentStore store, Optional<Permissions> permissions, boolean dryRun,
            Consumer<StorePath> progress) throws StoreException {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(permissions, "permissions");
        FolderPlan plan = new Provisioner(layout).plan(store);
        if (!plan.blocked().isEmpty()) {
            return new ProvisionReport(List.of(), plan.existing(), List.of(), plan.blocked(), 0);
        }
        Map<StorePath, Role> roles = roles(plan);
        List<StorePath> created = new ArrayList<>();
        Map<StorePath, String> ids = new LinkedHashMap<>();
        for (StorePath path : plan.toCreate()) {
            Map<String, Object> properties = roles.containsKey(path) ? roles.get(path).creation() : Map.of();
            if (!dryRun) {
                ids.put(path, store.createFolder(path, properties).getId());
            }
            created.add(path);
            progress.accept(path);
        }
        List<FolderChange> changes = new ArrayList<>();
        for (StorePath path : plan.existing()) {
            Role role = roles.get(path);
            if (role == null) {
                continue;
            }
            CmisObject folder = store.object(path, store.context()).orElseThrow(
                    () -> new StoreException(path, it.ciclo.i18n.Message.of("store.notFound", path), null));
            ids.put(path, folder.getId());
            List<FolderChange> changed = differences(path, folder, role);
            if (!changed.isEmpty()) {
                if (!dryRun) {
                    Map<String, Object> update = new HashMap<>(role.values());
                    update.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, secondaryTypes(folder, role.aspect()));
                    store.call(path, () -> folder.updateProperties(update, false));
                }
                changes.addAll(changed);
            }
        }
        int aces = 0;
        if (permissions.isPresent() && !dryRun) {
            aces = applyPermissions(store, roles, ids, permissions.get());
        }
        return new ProvisionReport(created, plan.existing(), changes, List.of(), aces);
    }

    /** What each act and sector folder of the plan is, by the path it has (or will have) in the store. */
    private Map<StorePath, Role> roles(FolderPlan plan) {
        Map<StorePath, StorePath> byKey = new HashMap<>();
        for (StorePath p : plan.toCreate()) {
            byKey.put(key(p), p);
        }
        for (StorePath p : plan.existing()) {
            byKey.put(key(p), p);
        }
        Map<StorePath, Role> roles = new LinkedHashMap<>();
        for (ActFolder folder : layout.folders()) {
            StorePath act = byKey.get(key(folder.path()));
            if (act == null) {
                continue;
            }
            roles.put(act, actRole(folder.acts().get(0)));
            if (folder.hasSectorFolders()) {
                for (Sector sector : layout.sectorsOf(folder)) {
                    StorePath path = byKey.get(key(act.resolve(sector.folder())));
                    if (path != null) {
                        roles.put(path, sectorRole(sector));
                    }
                }
            }
        }
        return roles;
    }

    private Role actRole(Act act) {
        // LinkedHashMap: a pending deadline is a null value, which Map.of would refuse.
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(CycModel.ACT_ID, act.id());
        p.put(CycModel.ACT_TITLE, act.title());
        p.put(CycModel.ACT_CYCLE, schedule.directive().cycle().label());
        p.put(CycModel.APPROVAL_DUE, calendar(schedule.approval(act.id())));
        p.put(CycModel.SUBMISSION_DUE, schedule.submission(act.id()).map(this::calendar).orElse(null));
        return new Role(CycModel.ACT_FOLDER, p, Optional.empty());
    }

    private static Role sectorRole(Sector sector) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(CycModel.SECTOR_ID, sector.id());
        p.put(CycModel.SECTOR_NAME, sector.name());
        return new Role(CycModel.SECTOR_FOLDER, p, Optional.of(sector));
    }

    private GregorianCalendar calendar(Deadline deadline) {
        return deadline.effective().map(this::calendar).orElse(null);
    }

    private GregorianCalendar calendar(LocalDate day) {
        return GregorianCalendar.from(day.atStartOfDay(zone));
    }

    /** The properties of {@code folder} that differ from what {@code role} wants, the aspect first. */
    private List<FolderChange> differences(StorePath path, CmisObject folder, Role role) {
        List<FolderChange> changes = new ArrayList<>();
        boolean hasAspect = folder.getSecondaryTypes() != null
                && folder.getSecondaryTypes().stream().anyMatch(t -> role.aspect().equals(t.getId()));
        if (!hasAspect) {
            changes.add(new FolderChange(path, PropertyIds.SECONDARY_OBJECT_TYPE_IDS, Optional.empty(), Optional.of(role.aspect())));
        }
        role.values().forEach((id, wanted) -> {
            Optional<String> before = hasAspect ? text(folder.getPropertyValue(id)) : Optional.empty();
            Optional<String> after = text(wanted);
            if (!before.equals(after)) {
                changes.add(new FolderChange(path, id, before, after));
            }
        });
        return changes;
    }

    /** A property value as text; a date as the day it is in the Comune's time zone. */
    private Optional<String> text(Object value) {
        if (value instanceof GregorianCalendar c) {
            return Optional.of(c.toZonedDateTime().withZoneSameInstant(zone).toLocalDate().toString());
        }
        return Optional.ofNullable(value).map(Object::toString);
    }

    private static List<String> secondaryTypes(CmisObject folder, String aspect) {
        List<String> ids = new ArrayList<>();
        if (folder.getSecondaryTypes() != null) {
            for (SecondaryType t : folder.getSecondaryTypes()) {
                ids.add(t.getId());
            }
        }
        if (!ids.contains(aspect)) {
            ids.add(aspect);
        }
        return ids;
    }

    /**
     * Reviewers read every act folder; each sector's group reads its act folders and hands files in
     * to its own sector folders ({@link SectorWriting}). Adding an entry that is already there changes nothing,
     * so this is idempotent.
     */
    private static int applyPermissions(CmisDocumentStore store, Map<StorePath, Role> roles, Map<StorePath, String> ids,
            Permissions permissions) throws StoreException {
        int added = 0;
        List<String> sectorWriting = SectorWriting.permissions(store.session().getRepositoryInfo());
        for (Map.Entry<StorePath, Role> e : roles.entrySet()) {
            StorePath path = e.getKey();
            String id = ids.get(path);
            if (id == null) {
                continue;
            }
            List<Ace> aces = new ArrayList<>();
            var factory = store.session().getObjectFactory();
            if (e.getValue().sector().isPresent()) {
                aces.add(factory.createAce(permissions.groupOf(e.getValue().sector().get()), sectorWriting));
            } else {
                aces.add(factory.createAce(permissions.reviewerGroup(), List.of("cmis:read")));
                for (Sector sector : e.getValue().sectors(roles)) {
                    aces.add(factory.createAce(permissions.groupOf(sector), List.of("cmis:read")));
                }
            }
            store.call(path, () -> store.session().applyAcl(store.session().createObjectId(id), aces, null,
                    AclPropagation.REPOSITORYDETERMINED));
            added += aces.size();
        }
        return added;
    }

    private StorePath key(StorePath path) {
        return new StorePath(path.names().stream().map(layout.match()::key).toList());
    }

    /**
     * What a folder is for Ciclo: its aspect and the properties it should carry.
     *
     * @param aspect the secondary type id
     * @param values the aspect's properties; a null value is one to leave unset (a pending deadline)
     * @param sector the sector, for a sector folder
     */
    private record Role(String aspect, Map<String, Object> values, Optional<Sector> sector) {

        /** The properties to create the folder with: the aspect and its values that are set. */
        Map<String, Object> creation() {
            Map<String, Object> all = new LinkedHashMap<>();
            values.forEach((id, v) -> {
                if (v != null) {
                    all.put(id, v);
                }
            });
            all.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, List.of(aspect));
            return all;
        }

        /** For an act folder: every sector that has a folder in the plan (they all read the act folder). */
        List<Sector> sectors(Map<StorePath, Role> roles) {
            return roles.values().stream().flatMap(r -> r.sector().stream()).distinct().toList();
        }
    }
}
