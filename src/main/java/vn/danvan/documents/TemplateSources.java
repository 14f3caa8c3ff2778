package vn.danvan.documents;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;
import org.thymeleaf.templateresource.StringTemplateResource;

/**
 * Hands Thymeleaf a template's source by a short name ({@code RECEIPT@3}), so that the parsed
 * template is cached per immutable version and error messages name the version, not the source.
 */
final class TemplateSources extends AbstractConfigurableTemplateResolver {

    private final Map<String, String> sources = new ConcurrentHashMap<>();

    /** Names of trial sources: never cached. */
    static final String TRIAL_PREFIX = "trial:";

    TemplateSources() {
        setCacheable(true);
        setNonCacheablePatterns(java.util.Set.of(TRIAL_PREFIX + "*"));
        setTemplateMode(org.thymeleaf.templatemode.TemplateMode.XML);
    }

    /** Versions never change, so a name registered once keeps its source. */
    String register(String name, String source) {
        sources.putIfAbsent(name, source);
        return name;
    }

    /** A trial source (an upload being checked): parsed afresh each time and then forgotten. */
    void forget(String name) {
        sources.remove(name);
    }

    @Override
    protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
            String template, String resourceName, String characterEncoding,
            Map<String, Object> templateResolutionAttributes) {
        String source = sources.get(template);
        if (source == null) {
            throw new IllegalStateException("No template source registered as " + template);
        }
        return new StringTemplateResource(source);
    }
}
