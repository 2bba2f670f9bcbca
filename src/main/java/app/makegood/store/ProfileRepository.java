package app.makegood.store;

import app.makegood.domain.letters.BusinessProfile;

/** The one business profile: who letters come from. Every method is one transaction. */
public interface ProfileRepository {

    /** The stored profile; {@link BusinessProfile#EMPTY} until the owner fills it in. */
    BusinessProfile load();

    void save(BusinessProfile profile);
}
