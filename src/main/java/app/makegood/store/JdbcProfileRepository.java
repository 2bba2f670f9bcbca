package app.makegood.store;

import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.letters.Logo;
import app.makegood.domain.letters.PaperSize;

import javax.sql.DataSource;
import java.util.Optional;

import static app.makegood.store.Jdbc.enumValue;
import static app.makegood.store.Jdbc.query;
import static app.makegood.store.Jdbc.update;

/** The business profile in the single-row {@code business_profile} table (created by V2 with its row). */
public final class JdbcProfileRepository implements ProfileRepository {
    private final DataSource dataSource;

    public JdbcProfileRepository(Database database) {
        this.dataSource = database.dataSource();
    }

    @Override
    public BusinessProfile load() {
        return Jdbc.inTransaction(dataSource, "MakeGood could not read your business profile.", c ->
                query(c, "SELECT * FROM business_profile WHERE id = 1", rs -> {
                    byte[] logo = rs.getBytes("logo");
                    String logoType = rs.getString("logo_type");
                    return new BusinessProfile(rs.getString("name"), rs.getString("address"), rs.getString("phone"),
                            rs.getString("email"), rs.getString("website"),
                            Optional.ofNullable(logo).map(bytes -> new Logo(bytes, logoType)),
                            rs.getString("signer_name"), rs.getString("signer_role"), rs.getString("sign_off"),
                            enumValue(rs, "paper", PaperSize.class));
                }).stream().findFirst().orElse(BusinessProfile.EMPTY));
    }

    @Override
    public void save(BusinessProfile p) {
        Jdbc.inTransaction(dataSource, "MakeGood could not save your business profile.", c -> update(c, """
                        UPDATE business_profile SET name = ?, address = ?, phone = ?, email = ?, website = ?,
                            signer_name = ?, signer_role = ?, sign_off = ?, paper = ?, logo = ?, logo_type = ?
                        WHERE id = 1""",
                p.name(), p.address(), p.phone(), p.email(), p.website(), p.signerName(), p.signerRole(),
                p.signOff(), p.paper(), p.logo().map(Logo::bytes), p.logo().map(Logo::mediaType)));
    }
}
