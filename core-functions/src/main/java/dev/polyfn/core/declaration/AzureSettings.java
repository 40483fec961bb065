package dev.polyfn.core.declaration;

import java.util.List;

/**
 * Azure Functions settings ({@code polyfn.azure.*}), for the whole function app.
 *
 * @param authLevel         the HTTP functions' authorization level: function (default), anonymous or admin
 * @param storageConnection the app setting holding the storage account of queue and blob triggers (default
 *                          AzureWebJobsStorage)
 * @param storageTriggers   how a storage trigger runs on Azure: blob (default: the host polls the container and
 *                          loads each blob), eventgrid (an Event Grid subscription; the content is never loaded), or
 *                          both (blob,eventgrid)
 */
public record AzureSettings(String authLevel, String storageConnection, List<String> storageTriggers) {

    public static final AzureSettings DEFAULTS = new AzureSettings("function", "AzureWebJobsStorage", List.of("blob"));

    /** These settings, each unset one taken from {@code base}. */
    public AzureSettings over(AzureSettings base) {
        if (base == null) {
            return this;
        }
        return new AzureSettings(authLevel != null ? authLevel : base.authLevel,
                storageConnection != null ? storageConnection : base.storageConnection,
                storageTriggers != null ? storageTriggers : base.storageTriggers);
    }

    /** The settings under the reader's prefix, or null when none is set. */
    static AzureSettings read(DeclarationReader settings) {
        if (!settings.hasAny(ConfigurationKeys.keys(AzureSettings.class))) {
            return null;
        }
        return new AzureSettings(settings.text("auth-level"), settings.text("storage-connection"),
                settings.list("storage-triggers"));
    }
}
