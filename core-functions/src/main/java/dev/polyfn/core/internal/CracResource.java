package dev.polyfn.core.internal;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Polyfn's {@code org.crac} resource: runs the snapshot hooks when the platform (Lambda SnapStart, a CRaC JDK)
 * checkpoints and restores the process. Loaded only when {@code org.crac} is on the class path. org.crac holds
 * resources weakly, so the caller keeps the returned resource.
 */
public final class CracResource implements Resource {

    private final Runnable before;
    private final Runnable after;

    private CracResource(Runnable before, Runnable after) {
        this.before = before;
        this.after = after;
    }

    /** Registers with org.crac's global context; the resource, to be held strongly. */
    public static Resource register(Runnable beforeCheckpoint, Runnable afterRestore) {
        CracResource resource = new CracResource(beforeCheckpoint, afterRestore);
        Core.getGlobalContext().register(resource);
        return resource;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        before.run();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        after.run();
    }
}
