package jp.clearance.system;

import fish.payara.arquillian.container.payara.remote.PayaraRemoteDeployableContainer;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Every test class deploys the same EAR ({@link Deployments#ear()}, {@code testable = false}): Payara's remote
 * container deployed and undeployed it once per class, 45 times a run (about 6 s each, a tenth of the run). This
 * container deploys it for the first class and keeps it for the rest of the test JVM; the server is stopped after the
 * integration tests ({@code bin/payara stop}) and its domain made anew at the next start. A different archive is
 * deployed as before.
 * <p>
 * What the tests may therefore not rely on: state that a redeployment cleared. There is none by design — the data
 * each test makes is its own (unique names), the application clock is set back by the test that moves it, and the
 * in-memory throttles are exercised from other local addresses (127.0.0.2, 127.0.0.3).
 */
public class DeployOnce extends PayaraRemoteDeployableContainer {
    private static final Logger LOG = Logger.getLogger(DeployOnce.class.getName());
    private static String deployedName;
    private static ProtocolMetaData deployed;

    /** Registered in {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension} (test resources). */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraRemoteDeployableContainer.class, DeployOnce.class);
        }
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        synchronized (DeployOnce.class) {
            if (deployed != null && archive.getName().equals(deployedName)) {
                return deployed;
            }
            long start = System.nanoTime();
            deployed = super.deploy(archive);
            deployedName = archive.getName();
            LOG.info(() -> "deployed " + deployedName + " once for the test run in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
            return deployed;
        }
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        synchronized (DeployOnce.class) {
            if (archive.getName().equals(deployedName)) {
                return; // kept for the next test class
            }
        }
        super.undeploy(archive);
    }
}
