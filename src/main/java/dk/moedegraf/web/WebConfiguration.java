package dk.moedegraf.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The explorer and GraphiQL as static pages of this app, their assets with cache headers, and CORS for
 * front ends on other origins. Boot's own static mappings are off ({@code spring.web.resources.add-mappings})
 * so that each kind of asset gets the caching it can bear.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebConfiguration.Cors.class)
class WebConfiguration implements WebMvcConfigurer {

	/** Origins allowed to call the API from a browser; none by default. */
	@ConfigurationProperties("moedegraf.web.cors")
	record Cors(List<String> allowedOrigins) {
		Cors {
			allowedOrigins = allowedOrigins == null ? List.of()
					: allowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
		}
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/").setViewName("forward:/explorer/index.html");
		registry.addViewController("/graphiql").setViewName("forward:/explorer/graphiql.html");
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// WebJar paths carry the library's version, so a file under one never changes: cache for a year.
		// With webjars-locator-lite on the classpath the chain also resolves version-less paths.
		registry.addResourceHandler("/webjars/**")
				.addResourceLocations("classpath:/META-INF/resources/webjars/")
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.resourceChain(true);
		// The explorer's own files change with each release under the same names: the browser keeps them
		// but asks again (a cheap 304 via Last-Modified), so a new version is never hidden behind a stale cache.
		registry.addResourceHandler("/explorer/**")
				.addResourceLocations("classpath:/static/explorer/")
				.setCacheControl(CacheControl.noCache().cachePublic());
	}

	/**
	 * A servlet filter rather than MVC's CORS mappings so that a preflight is answered before any security
	 * filter sees it. With no origins configured it adds nothing: cross-origin browsers get no CORS headers.
	 */
	@Bean
	FilterRegistrationBean<CorsFilter> corsFilter(Cors cors) {
		var source = new UrlBasedCorsConfigurationSource();
		if (!cors.allowedOrigins().isEmpty()) {
			var config = new CorsConfiguration();
			config.setAllowedOrigins(cors.allowedOrigins());
			config.setAllowedMethods(List.of("GET", "POST"));
			config.setAllowedHeaders(List.of("Content-Type", "Accept", "Authorization"));
			config.setMaxAge(Duration.ofHours(1));
			source.registerCorsConfiguration("/graphql", config);
			source.registerCorsConfiguration("/api/**", config);
		}
		var registration = new FilterRegistrationBean<>(new CorsFilter(source));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}
}
