package it.ciclo.alfresco.install;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;

/**
 * The review's two groups, created through Alfresco's {@link AuthorityService} when they do not exist
 * (in the default zones, where Share lists groups) and left alone when they do: a group made earlier
 * in Share is adopted, never duplicated.
 *
 * @param reviewers             the reviewers' authority name, e.g. {@code GROUP_CicloProgrammazione}
 * @param reviewersDisplayName  its display name when created
 * @param escalation            the escalation group's authority name
 * @param escalationDisplayName its display name when created
 */
public record ReviewGroups(String reviewers, String reviewersDisplayName, String escalation,
                           String escalationDisplayName) {

    public ReviewGroups {
        Objects.requireNonNull(reviewers, "reviewers");
        Objects.requireNonNull(reviewersDisplayName, "reviewersDisplayName");
        Objects.requireNonNull(escalation, "escalation");
        Objects.requireNonNull(escalationDisplayName, "escalationDisplayName");
    }

    /** Creates the groups that are missing; returns the authority names created. */
    public List<String> ensure(AuthorityService authorities) {
        List<String> created = new ArrayList<>();
        ensure(authorities, reviewers, reviewersDisplayName, created);
        ensure(authorities, escalation, escalationDisplayName, created);
        return List.copyOf(created);
    }

    private static void ensure(AuthorityService authorities, String name, String displayName, List<String> created) {
        if (authorities.authorityExists(name)) {
            return;
        }
        if (AuthorityType.getAuthorityType(name) != AuthorityType.GROUP) {
            throw new IllegalArgumentException("not a group authority name (GROUP_...): " + name);
        }
        authorities.createAuthority(AuthorityType.GROUP, authorities.getShortName(name), displayName,
                authorities.getDefaultZones());
        created.add(name);
    }
}
