package jp.clearance.system;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The real EAR, as the build made it, deployed by Arquillian onto the real Payara Server. */
public final class Deployments {
    private Deployments() {
    }

    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("clearance.ear", "target/clearance.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first: " + ear.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
