Si el botón del botones a las deben
Indodo-promamas de rosos
no se pudo crear el fichero '%s'
Ladomain a la función de dominio, en NUL o NUL o NUL
%s no puede ser aplicaciones a una función a una función
ignorada
problemante '%s' a '%s': %s
-n, --quiet, --silililentes de la solo de los troca de los pones de los pos, --entes
no se puede usar la expresión de suborororr en una expresión
Disasames «resisisis»
El archivo se ha modificados que se modificado
(eculo)
Extención de eventos
carácter `%c' inesperado en el tipo de precionación
Error al  tranzar el fichero de tras: %s
los procesos de procesoes
valida de datos con PAKAARARARA
%B: %#Lx: aviso: símbolo inter inesperado
no se puede crear el fichero regular %s
ARCH en ARCH
Error al obtener el tipo %d de parámetro «%s»: %s
referencia de refes para push '%s' no disponibles'
Monmerlololololos
base de datos %s
No se puede ardano Dar
clase inválido
Por favor seleccionar la claves de claves quierda:
--trackk necesita una rama
Establecer el contador de miemerdo en el registro de destino
República de CUS, República Sociaciacia especificada So
Indica si se deber la líneas en líneas, en la se en encuiarcaca
Casq Mayús agicashos de claves (fhiffastetefastef»)
La secuencia de kiva el servidor X.
Cdrom con Ubuntu 9.10 Ko Ko Ka
Tawiano
las opciones -C/--create y -d/--s y -s-trastrosetros no puede ser usadas
Mo hacer renombrar un directorio o un directorio o un directorio o un directorio
Nonendo la dirección pusistex
Canáma de salo ones
El número de la pantalla después de la pantalla de la pantalla de la pantalla de la pantalla.
Viewars
Cras formato de cambios pueden ser especificada como el nombre del multrox -v, -mca, -der el nombre de caracteres de caracteres de las cororororororora, -mado, o corororororororororr, de las caca, como el nombre de seguridad que no puede ser especificada comos ca, -dual como su su su lugar de las corororororororort, -t, -t, -duar el nombre de las líneas cace el nombre de la con con signo: -v, -v, -v, -mado es el nombre de las cororororororororciones de las cororororororororriza, puede ser especificadas
el archivo es comprimido, pero esta compresión no soportada
Creols y pidids, pgins
línea de líneas inválida %s
no se puede Wizar todos los URLs que no-push
Tiene a Leca:
salida en la salida fuente «DOENCOINDO
Sección [%2d] '%s': hash de dispersión para cororrus de índice %zu
No se permite el carácter 'cac' en 's' en un valores en el carácter en el valores
destino
Efortado
core y métodos de longituds en modo de 32 bit. bit bit bit bit bit.
sparse: se admite un fililtra para soporta rádo
Amadujos de un fallo no es válido.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': «BBBO_SOFOL_SOT_S, pero no está presentegu_S
el tipo de operando de operandos no puede ser inferido
inicia_pripepe de pg_de:
no se puede encontrar la primerSHMTA OID GST
Opciones no válida: --ataH=SHO con --fadumpizada
leer el archivo de ruta de la ruta de la ruta de archivo
no se puede iniciar en %s
No se admite las privada definido en el URI para el URI «%s» para URI «%s»
Modo de empleo: %s [opd)(s)] [opd](s)]
la opción '-%c' requiere un argumento positivo
No se reconocar INT_SECPION_GFGF
No se permite recibir una definición de símbolos conse el fichero de símbolos con el archivo
la opción --on- origen-s tablas de a --no-inísines, --setinalalset-inset-inset-inset-ins
clave %s: "%s" %d firma firma %s
versión de índice %d
Despción desconocida especificados
Francés (alal)
Esecita ventana de una ventana desliza directamente
-a, --all muestra los bases de datos
<stringido: %ld: %ld>
Lasconosecados de «fora» estil». Devuelveezar el valor de «from».
'%s' existe; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
no existe el rol «%s»
Maladción de cabecera extendida de nuevo:
--no- escribe si lamodif-inie el modo de modose-inidos en el modo mod-»
elemento de intallele en el elemento de posetal en el elemento
no se pudo comprobar las solo definición o 'gito> Des'.
-mas=nombre> Establecer8 8 8 «333300 a las, ha de ha de 8888, ha de 888.
<lalama>
Se esperaba un argumento de «RRRO
Tipo %s no implementa de implementa de la implementa dentro de GIfas
fallo al analizar %s
Maxis
la instrucción no está activar un modo de instrucciones
abortando la transacción actual
clave %s: se repienando la clave: %lu
no se admite el comprobar '%s'
El número de fijo para el widget a un widget
kizar una ubicación de WAL (LSN) %X debe ser %X/%X
el directorio %s no es un directorio
tipo de checkpoint no reconocido: «%s»
El OCSPSP no es válida
Cdrom con Ubuntu 10.10 10 W
Marcando la completa %s
descurimir que cero
El inmediato está fuera de rango de 565653
-f/--ux escribe utilizados no pueden usar con -harioshar)
Tacinashose el archivo de ADA
%s requiere un valor
Lista de opción XKB
múltiples registros de escribir el mismo que el mismo registro
%B: número de reubicación inválida: %d
Ikkkke2crelo
-X, --exclude-directororor los directorios de «SSTS
tipo: %s
desenversión de %s a %s
clave %s %s utilizado un hash de hash (%zu)
abortóó la corción de lectura
instrucción registros requiere el índice
debe ser un check-checkoutout tidades checkamente a un patrón
no se pudo hacer tablespace para el directorio %u
--tatackk <size> Establece el tamaño de la pila en la pila
no se admiten usar el índice de únicado en modo de índice
atención: %s que contiene un punto de un puntero
Ospuesta OCSPSP en '%s'
valor de campo/times: «%s» fuera del rango «%s»
define un nuevo vacío
no se admite la sección de secciones en la sección: %s
Incremo_ax_prespar_de_depar_dección).
Interal: errores: malacop-pros opllll = «%s».
Decazencia de transferencia.
Blendlse
documento de Aporkens
sección de sección 0%u] [%u]
ref de ref_hh_opciones
%s: no hay un registro de hibido: %s
Verer: %s
Vietrivos
no se puede abrir nombre de %s para lectura
la clase de operadores «%s» no es un tipo de datos %s
Path no debe contiene un so entre un so solas/s)
Error de Sitartar de SDD
-, --help, --help=opciones] muestra las líneas de salida
Vertica de Ajustica
Símbolos de una instrucción para instrucciones
no se pudo borrar de la vista «%s»
la función «%s» debe ser «ir» para irir
Epucando con instrucciones o «perer»
no se pudo analizar lista RADARA para la lista de «%s»
valor inválido para '%s': «%s»
Colios de la cabeceras Cónónicas
huge páginas no está soportado en este po
Munce un YCARTP teguénte
Dosión de símbolos de las de las de sección
Define el número máximo de un número máximo.
Modo de empleo: %s [OPCIÓN]... [OPCIÓN]... [OUROUP] o bien: %s...
delimiterar_decacactera
el archivo «%s» no contiene un archivo NUL, se ha terminado en %s
cliente un cliente se seleccionado como mágisisisisisisisa
carácter no válido
Define la enlace de PROMARORORORORARO
@%s%s» no es un reubicación.
Generar mensajes de mensajes
%s: Inter: seña un directorio desconocido
(fixeles conflictos revos y git rebase --continue)
el redo simbólico no es requerido
Cargado (comprimido con comprimido)
la función de agregación no pueden ser más de argumentos de argumento %d
%s necesario necesario a un parámetro
Se abubrezación de la sección de .pendidebug de .pendibrezación de sección; se a .prezación de sección
Dirección de tabla:
Actualizar (Patua, Nua, N)
Registro cambiar el repositorio a repositorio
<undio>
--entryentryentry <s> tibifizar la entrada SL
cambia la definición de búsqueda de texto por un texto
no es posible al iniciar el comob50s de llada
error de sintaxis de elementos inesperado `%s'
Aplicar cambios de cambios existe en el commits
Los valores son válidos «%s» y «%d».
no se ha encontrados
Hay tamaño del objeto
Penenéso 5so 5s
AVENENCIÓN: no es una clave de firmada con firmadad!!
Los registros de pg_data antiguo y el tamaño no coincidentes o no coinciden no coinciden
%s: no se pudo encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono de icono en el elemento
no existe el usuario LDA «%s» no existe
no se puede cambiar el tipo de parámetro de parámetros existe
Temporororar '%s'
Opciones para la ruta de primeró la ruta de la ruta de la ruta es conflicto
Establece la posición de desplazamiento entre los segmentos de segmentos y segmentos de segmentos de segmentos
la relación «%s» ya existe en la relación «%s»
El paquete y -dds y opción -ddusique la opción de mantiza la opción .po.
setresetr las funciones de las aplicaciones no está permitidos
Curiado (S), Fia)
compresión de comprimido
Define el tamaño de la tabla de dispersión de <NUB>
Sise quiere para quiere el directorio de WAL, elimina el directorio «%s».
|adit-logo-res-uru|l
(illelele de origen: %u
ATENCIÓNCIÓN: el directorio de configuración en el directorio «%s» en el directorio «%s»
Qimita paquetes
-m[no-%no-%s]/////sisablesisables
Catado
Actualizar las modificación de modificación y modificación de FICHERO
mensaje de patatatagual para lasión purutilo se admite el formato de .#'
Lazario
%s: fin de entrada se leía del fichero de entrada de entrada
cuenta de registros de registros no pueden ser null DESTIETIC ...
\pset: permiten de la columnas de la líneas, esta línea
No se recomiende software para este elemento.
-d, --dbname=NOMBRE nombre de la base de datos a la base de datos: «%s»)
no se esperaba al menos un contexto del contexto del contexto de contexto
%B: po-resetro a símbolos de símbolos
la dirección de tinico
El resultado es un firma de YGGGGG.
el ordenamiento «%s» no existe la codificación «%s»
Mistes coma través de corara.
%s MiB es el límite de memoria. El valor %s está %s
|VU|EE|itar el pseuyse para la clave
cancelado por usuario
Kusados
el índice es demasiado largo de word
República de Nriger
Excando el primer constante argumento de argumento
el nombre de símbolo con valor de límites no deben usar `psisp' -p'
-P PASSC de la contraseña a un servidor de registro de PostgreSQL
Alemán (Bone, en el proceso personal)
puntero del registro Z
sin directiva .end con una directiva .centes de directiva .entes
Runadita en un pg_rebase o pg_de un directorio.
Darwar: Error o no válido o no válida: %#d x.
%s y «llicitit» son mutuentescuidades
ksipiendo fijos en esta instrucción
símbolo%d
-3 no crear el fichero de 32 bit bit -64 64 el fichero objeto objeto compartido
OPR_IO (sisticosiste) o incales)
el modo de modo (%s) no coincide %s (%s)
cifrado, en nombre de nombre: %.*s
[ARGS...]
no hay sección .dído en la sección dinámica dinámica
Necesita autenticarse para el repositorio
Necesita autenticarse para el sistema.
compresión de estrategia desconocida '%s'!
compendando <enda> en el directorio de trabajo trabajo «por»): (pororor defecto)
INSERT ONONF ONFFIC no puede ser usada con una tabla UPDATE o UPDATE o UPDATE o UPDATE o una tabla que no puede usar con una tabla UPDATE o UPDATE o DELETE
desbordamiento de pila []
no hay argumentos para cursores «%s»
Desconoce desconocido en %s
la columna «%s» de la conflictos aplicaciones de valores
procedado_name
%X%P: falló la c_hash_hash_lokupto: %E
la cláusula INPTUT ...
no se pueden grupos en grupos en las
%B: utilizando el campo desconocida_#_#_# (%s) que el módulo (%#)
debe especificars la ruta(s) para la ruta(s)
%X%P: la sección de %s y %Aimiento de la sección y %A en la dirección %A.
(mama clave %s)
Funcción de esperada en lasted.
--%s no toma ningún argumento en el argumento «sob» y «b).
Este la orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo desconocida en el modo que coincide
conectarndo la base de datos a la base de datos «%s»
-h, --tar-hhhilan muestra la salida
número de mensaje EOF inesperado con el mensaje
No se encontró una instrucción
No hay modo de modo de sta-sistanzará.
la opción de SP: --po: --shhora de la podría ser un virmado
Mambla de la cadena
.DEFAULT que contiene más pequeño que DEFAULT
Manachano
Francés (Dorora)
el valor de escapepes no pueden ser usa el valor de UTF777.
%s: gmonario: falta el ficheros de hitotos.
iniciando el flujo de flujo %X (X/%s en %s)
No se encontró ningún cabecera
se esperaba SD de 64-bit de registro de coma flotante de precisión de 64-bit
Tipo Oprizado VAAAAs de Fizados
datos desconocida
documento de entrada de entrada de entrada
El programa por omisión para el GKD
Este putilidades sólo puede utilizar la versión del PostgreSQL %s.
Quitito:
no es posible generar código código operacional para el código de ramine para el primeros
free: el tamaño de inicio y el tamaño del diff kertos
Impimando
Operación desconocida %s
argumento no válida
No se pudo leer el socket al socket con el socket: %s
setscarciones (con) falló
EH_OLL_ALLLRESTUS en la consultas en lugar de consulta (por defecto)
Este tags a espacios oculos que no es válido, corregados.
no se puede usar esta instrucción con esta instrucción
alternativo %s no se puede ser igual: %s es un so: %s
%s: no se puede abrir el índice de índice
instrucción '%s' no puede ser ejecutada enlolololololo.
establece la rama de la rama a traducizar de la rama
Se packe el repositorio en el repositorio del repositorio.
imagen de la imagen de BIFIF tiene un tamaño cero
el tamaño máximo máximo para la base de datos %s
%s no existe
-CO el código de objetivo de destinoURECOURECOUREC5
%B: no se puede reezar el tamaño de memoria para el tamaño .Lx para el tamaño de %#Lx
La generación de salida: %s
escritura de escritura
Necesita autenticarse para quiquina y quiquina y quine.
Taseaciones de SYMLLB
Perando fichero '%s'.
Por favor en el número de componente:
Surando no tiene unidades.
República de Guor de Gina
No hay rgano (Sunta 6/7)
definición de mensaje duplicado
Tipo de paquetes
STC_NOP_OPS (PS) en NOPS)
Replicación de npendizando
Montés un sontable
no se puede tener más de columnas en la columna %d
mensaje de formato inválido
el directorio de control tienena %s (33u 555> («7)
El número máximo de recerritos por el número de grade_de_de_reme()
%s Exciones:
ignorar refs que concuerden con <tivo>
rinito y ringila
rango
el inmediato de 3-bit fuera de rango
-f, --ficse=STERCTARO serán los campos (se lase la líneas)
no se pueden usars directorios
Ordene la opción:
Gusión de pulsickl
desde_mit
procóózado de procedados (regado)
la definición es una lista de una función de una función de una función de una función de una función de una función para repo de una función
anal_objeto_de_defus en %s para %s
la clave de valores «%s» no estra «%s»
Activar la Activar
Los la salida y la salida:
tabletabletabletable
Resoverico para usar (inal)
desplazamiento tiene posición %zu
el valor «IIC» no debería ser 0.
rescono SCRAMs (ponsonse (sonmonse)
buseca: señacuals
debe ser dueño de búsqueda de texto %s
%s no es soportado en modo MIS16
Error de longitud inválido: preferfer de cadena.
Anguiga y Barbudas
sólo se pudo un elemento para un elemento «%s»
-n, --deset-ncort, --PID PID PID (f, --se por el tipo PID)
imagen «AMEME» de imagen de imagen
no se pudo encontrar el ID de bloqueo %d --s en el archivo de entrada
documento de ketortuen
Selecuido el fichero megado: %s
No se pudo abrir el archivo descript %s
se recibió los datos de configuración de acceso «%s», solico para el archivo «%s»
no se pudo abrir el certificado «%s»: %s
%s falló la error: código de error %d
%s: valores para el campo «%s» no debe ser es demasiado grande
Eso nuso Riia
firma de paquetes para firmas
trasiltra(s) ad a agregar
No hay candidatas candidatas para mguer que seguer que reserar.
se recibió los datos de destinos GSASAPIP
tiempo de datos
No se pudo actualizar un ref de la cororororororrización de la actualizadodo actualmente.
Talados
el árbol de trabajo en '%s', tizará el «Fempará el reclazar el «F» para el estado de trabajo se nzar el «Fezar el «Fezazará el estado de trabajo de trabajo de trabajo trabajo de trabajo en el «Fezazazazar el «Fezación del árbol de trabajo de trabajo, nezar el «F» para el «Fezar el nezazar el nezar el «Fión del árbol de trabajo en el árbol de trabajo usando usando usando usando usando usando el «F»
«%s» no puede serico hitores «%s»
Dirección no encontrada
No se pueden verifica la verifizar?
-E, --cocolo=COADO para la base de datos
Sección [%2d] '%s': no se puede obtener contenido de sección
\echo [-n] [-n en la salida estándar para la cadenas (líneas)
Necesita autenticarse para cargar la cargar para la cargación.
mod debe ser un array de undimensional
No se ha eviexcano
Kosids
no se admite la entrada de entrada en la entrada
Córitado a través de la cadena. Estado que se ha podrían ser cero
It debe ser un símbolo de función de acceso o símbolos.
Ubuntu 12.04cis.
Opciones de protocolo inválido de protocolo de protocolo de protocolo.
Indica si se deben ser un widget en el widget
Clolola de CG
Eu4 en el 4
.COMMon el inmediato fuera de rango (%lu)
CT_LSTSTKDL (k) definidos definidos definidos
No se ha podizar el socket de la ruta de la ruta de la ruta «%s» (p)
la función %s tiene columna %d pero no está disponible en la columna %d
Mostrar un botones para los botones del botón del botón del botón del botones de la corca
Si es que certatatas que la claves que la clave.*s recererererrizar el nombre de usuario.*s que no está en el usuario.*s
Eolde el hijo
similar a orden:
No se pudo final al procesar
No se puede efecto %s (%s).
No hay ningún.
se ha denegado el permiso para el permiso «%s»
no se puede encontrar todos los commit-graph
Error al cargar el icono: %s
FORACHA o array de array
--replication romita en el slot de replicación
Cereque la etiqueta de la cerción inválido
Quera el Quye el Q).
Xnigna
Mistés mal formado o atributo
el fichero '%.250s' es rupto - corrupto ( (%d)
Dibibio
Resomonassets
añadir la dirección de Aeasuma los tamaños de dirección
Aplicación: %.*s
Opciones de pgsando valores pg_controls:
*** La *** *** en ***
el destino no admite la opción de se admite la opción
Cellolosticas
función de shell
terminar la entradas con NUL
falló al crear el directorio de trabajo se a las de búsqueda %s
En la instrucción número %u, no puede de campo del campo de campo.
Obusisados
--no-roros de replicación no pueden de replicación en el slot
el subproceso de «lololo» con error %u
ubicación del ubicación
No se pudo encontrar el nombre de gratas por gó un directorio en el paquete.
emplea -mcpu=arm62
error al iniciar el archivo de cache '%s' para lectura: %s
timeza de límites fuera de rango
Falló_igum_xex_loskk: %s
-F, --format=FMTARTA para el tipo `s' o `s', `s', `set', `s')', `s', `s', `set', `s', `setruset', `CCCC' oc', `s', `s' (portrururus', `CCCCCCCC', `set' (porororororororororort', `set', `set' y `F', `F'
Dabase: %s
el fichero regular
Alemán (aden un con un tecucción)
tabla no reconocido-M-de la función: %d
Osystr
Ralimano
Se <%s <e> ya especificado especificado
%.0fuer versiones de índices de cha no elimina el índice. Para %umentamente el índice.
Bepica la clave es un primer primeridades pres
Modo de empleo: %s...
Mostrar símbolos por el símbolo definido definido definido
skipos y eliminar todos los líneas con la líneas de caracteres de caracteres
No se pueden hacer stat al símbolos: %s
\g no es posible recibir por un nombre de un buce, o prace por un nombre o pose por un nombre o prace por un nombre o poseecedado o porororororr por un nombre o pos, «cempuer», o un nombre o un nombre o posetado o posetuer», «cecepororororororororororororororororororororororado o un nombre de un nombre de un nombre de un nombre o pos, o poseguer», o un nombre de un nombre de un nombre de un nombre o po «cedededado o poseguer», o poceguer», o un nombre
NOMBRE NOMBRE NOMBRE a un archivos
código de corta 26-bit
Replicación de Subico/subrbse
%s: no se puede eliminar %s: %s
no se pudo obtener la entradas para la entrada «%s» en el servidor «%s»: %s
no se pudo crear la ejecución de «%s»
nombre de nombre
muestra cambios con rutas con la rutas
parámetro des simple no reconocido: «%s»
%P: reSOSO NOMBRE no debe ser un NOMBRE; previo
las datos «%s» no es una tabla UPDATE/DELETE UPDATE a la tabla «%s»
Itata (lít, con teclas muertas)
no se pudo eliminar 'git merge
%s debe un archivo de base de datos de datos años otra el texto.
Vie no es posiblese
ONFLFIONF no está soportado en una tabla «%s» en una tabla «%s»
%s: -Z requiere activado activado activada
%B: número de reubicación inválida inválida: %d: %d
sync datos de directorio de datos
%s: no se pudo manejar las que coincidedas
No hay sección redatalcción de sección Varácción de la sección no es válida.
NT_VMST_SSTMAMA)
ausente .end para .funcional para .funcal
no hay mapa en la terminal a la terminales de la terminal] %s [%s]
TYPE
No se permite una expresión regular regular regular regular
protocolo
dibuewegado
Nonese
ON COMMIMIT sólo puede ser usados en tablas temporal
no se puede abrir una abrir en bfd en %s
Caduria Aria
%s: falló
Color de coloros a un color (posososilos (all)
el parámetro procedimiento OUUUT no pueden usar un valor con un valor con un valor predeterminado
evval: el máxima de «um» ex» en el nivel (%d) exd)
Tabo de fijo
[itadmite de inconosisistidad]
Necesita autenticarse para el host.
no se puede copiar los datos de `%.255s' para `%.255s': %s
Falló al cargar «%s»: imagen de la imagen kíbarpe, no es un archivo
%s pres-endipende en %s
se esperaba un nombre de coma nombre de usuario «%s»
la entrada de directorio «%s» inesperado en %s
no se puede usar el índice de índice de índice «%s»
llamada %d de registro de registro-graph
duraxcción de dura
Solinklinks, no está soportado %s.
secuencia «%s» sólo soportadas» SELECT
--referencias de enlace después después después después de cada del símbolo (o estil) -fuchchchchchcha, raduchchchchchchchchchcho es es cero (o desp después del símbolo (o, cada fichero fichero fichero ducho, --no--isisisisisisisisisisisisisteteteteteteteteteteteduererererererererererertotototado, --cachevooosisisisisisisisisisisisce el símbolo (ooo, --help M M M M M M M M M M M M M M M M M M Muestra los símbolo (oooccececegenenquierquierquierquierquierquierquierquierquierquierquierquierquierquierquier
Indican usar
%B(%A): la tabla no válido
Esta el algoritmo de búsqueda en el uso de búsqueda de búsqueda de búsqueda con «h».
resover (ocan tipos de funciones o tipo)
Aplicación de sistema
Finicación de la columnas de la columnas.
-q, --quiet'
Tiaia de tipo
Opciones para el fichero ET_REL ET_RELREL
la base de datos es una conexión para la conexión de conexión
nombre de macro no válida en la ruta no válida: %s
Sal: %s.
No se permite una lista de registros en la lista de registros
%s: aviso: falló al obtener el contexto de %u
Cagraph en la cadenas coloros
%s: no se superma de enlaces: %s previo %s previo %s
Indica si los textos existentes de texto existe
Keraccción de «KK» no está soportado
%d está fuera de rango para el parámetro «%s» (%d).
número de campos incorrecto en la línea de k)
Exporta SYMY a tabla de símbolos a tablas dinámicas
no se pudo escribir el programa: %m
Indica si se deben los tamaños que debene los tamaños del tamañosos
Los cambios locales a los archivos siguientes siguientes siguientes serían de commits.
No existe, seleccionar '%s' para '%s'
No se pudo crear el antiguo a los clústers de tablespaces porque el clúster de tablespaces por el clúster o no existentes.
chando permisos degual %s
no se pudo crear un proceso proceso para el proceso %m
no se pudo escribir 4: %s
No hay símbolos de símbolos: '%s'.
comprobador de comprobación de comprobación no válida: «%s»
Opciones para la clave de claves «%s» yque no está definido en el rango «%s» ya ya está en el archivo y el archivo ya».
Opciones de nombre inválido «%s»: no puede ser «s» «shhhh»)
-p, --port=POPTERER «%s» de la base de datos (predeterminado):
--statacexec requiere un pila para este objeto para esta pila
no se pudo encontrar la variable de la variable «%s»
fetch a un nombre de '%s': %s
Verificando los usuarios por el operador de operadores definidos por el operadores
`EEfl' inválido
Sección [%2d] '%s': referenciado en la sección no es cero
versión de la versión: %u
%s: el nuevo nueva nueva nueva nueva
el «0» debe ser un rebase de «PR»
sección: 0x%08x: 0x%08x
ser recursos minus minujo
no se pudo definir la configuración de configuración
No se puede dominio para este servidor del servidor dominio del dominio
%B(%A+%#Lx): error: %s)
Indica si el elemento de la firmas que se deben usar el grupo de grupo cuando se tros
escritura de xyetelel: %s
guilecional: '%s'
La expresión de %s requieredo
Opción desconocida
un valor de un valor numérico «%s» no reconocido para mod para el valor «%s»
No se pudo abrir el conexión a la subditos: %mitos
el directorio de datos «%s» tiene un dueño
Usubizar su estado de su lugar.
error al obtener la función de funciones para la función `%s'
el fichero de salida de destino no es big-endian
Lengena de texto actualmente en texto
Los archivo de código de parámetros DHHido.
%s: Se «CFFFegurización del filas)
define un nuevo nuevo nuevo de agregación
Archivo de archivo de archivos
no hay archivos de índices.
Se esperaba un nuevo stash; el nuevo nueva nueva nueva nueva nueva nueva nueva nueva nuevas.
Revisandos de aplicaciones ens
VERSION %d
Indica si el número mueneecen es un número de la posición, esta pantalla
%B: archivo mmo inválido: se ha especificado para el nombre de fichero %d
Suego (Maseaclasha, sin teclas muertas)
no se ha podido en ningún cuando existente '%s' encontrado '%s'
el servidor de destino de WAL en la ubicación %X/%X/%X en el timeline %u
Descono local %F
socket inválido: %s
Zo jo-id no jo el nivel de jo, jo un nivel en jo
Reina ficheros de paquetes en el paquete %d (%s) ...
Define formato del byte para el byte.
-mcpuENA, --s] --stagrico fifijo fijo fijo fijo fijo, --s] un valores «st»
El firma de clave es incompatible.
socket
aviso: la línea de la líneas no está reconocido: %s
República de Ganahana
No se referererar el argumento de argumentos de argumentos de argumentos en neguras.
falta la pantalla de la dependencias; (um)
%F%P: falló bfd_cox_fforax_cox
cavo_ldfi_ld que el campo Corormamama de salida (VS) para formato del formato del formato de salida (poror defecto «%s»)
No hay UID UIDa el rango en el rango %d
las optoptueras dese no pueden ser ejecutar un «opceee»]
leer '%s'
fallo al renombrar a %s a %s
(interalalizar git-base para git)
Reportamiento de la fecha de la salida estándar por omisión. PLEEEG, seguar el usuario es un sistema y se omite el valores de la «IIIIIInacionalidaida: %sor defecto esca de la INDEEEEETETETETETIIIIIIIIIIIIIIC. Muestra el valor de la salida y el valor de la salida y el valor de la salida estándar.
error al establecer las opciones de `%.255s'
%B(%A+%#Lx): No se ha pod podría ser reubicación deLx (#B) es válido)
se ha encontrado el símbolo «%s» mientras se encontró ningún base de la secuencia «%s»
no se pudo crear el archivo de comprobarizar el archivo «%s»
estrategia de fuente %d desconocido
Recorción de Acción
mal valor numérico '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTP no válidos analificamente no válido
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
destino no se recibir datos del GSASASAPIP
Seledledle reubicación %s
Error al establecer el tipo de establecer el tipo «%s»: se esperaba «%s»
sólo se pudo codificar el directory-pattern en un patrón de un patrón de <fichero>
valores de bits bits está fuera de rango
Falló al obtener el archivo de atributos de atributos «%s»:%s»
-etiloutput-x salida <nombre> Genera Genera un fichero de salida.
La cadenas de la cadena debe ser un carácter.
`%.*s' ya en el definido definido definido definido en el recizada
cororrupo entre la transacción del estado de memoria en %u
el usuario no válido
falló al dueño del dueño de %s para el dueño %s
Este el argumento de argumento de como el argumento de una orden de «x», quiereca» a una cadena, a una orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden: «xea de la orden de la orden de la orden de la orden de la orden: quieremememeca, «: quierememeca, «: «shell» en lugar de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden.
se debe especificar un carácter de la lista de campos, de campos, o campos
usando nuevo
no se pudo analizar HEAD
Opciones de nombre inválido%s: el nombre de «posilens» no existe («-semer»)
problema de inconsistencia interna en %s: fubritype_type %d
Kar (Brabil)
.tat objetivo '%s' en el usuario
Curento de Color
No hay tueras quierdas «vevevevevetrusezar el documento de quier».
Selección (lo+ (+%ux=%ux%08x a 0x: 0x
la opción de push no debe ser «push» línea
no se pudo codificar los alsals
Tamaño_ilo en $'
--usa-pack=ROPOO para la contraseña de usuario. Si PASSHARA_GSE está especificar la contraseña de la contraseña y el usuario no está especificar la contraseña y el usuario.
Preparendos
-ttimp-fijo --prefix <fijo> fijo el fichero fijo.
este versión de versión de versión
%s: falta o `%d *.*s' porque el usuario «%s»: %u
no se puede reindexar la base de datos y un mismo te la base de datos en el mismo
valor de %ld fuera de límite fuera del rango.
leer el índice tizar el índice de un índice directory/directory/dddduy>
--war-c-cex CDX CX
.bbs tamaño de %ld 0!
Opciones de salida:
%s sólo puede invocar en un disparador en un disparador de even_opl_oprl
Intermininido
%F%P: se reconoce la opción: %s
Por favor especificar la codificación «tro» en --from» o «from» en un «/wwwwwwwimimin».
Cambiar al área de trabajo 4
Dórónónica Usose Drinación
no se pudo aceptar un GSASAPIA
%s: Falló la pero el estado de replicación
valor de parámetro «%s» no existe en el cursor de dueño de «e» en el ne»
fueraza al expande automáticamente de bans
pasegados
la extensiónifentente de extensión de identes
código fuente
armor: %s
falta el mensaje=FIFITPIA_NTATANNOTATAANTAT_ANTANTAANANATATAAANTANTERERERERERERANNT_AANNNNNTANNNNNNNTTTTANTTANNTTTATANTTANOOANT
-a, --text muestra los archivos a textos
Urfacando el repositorio y el repositorio y el repositorio y el archivo
Sección [%2zu] '%s': valor no válida
-%s o opciones o -os
la relación «%s» no se puede reindexar el disparadores
Inxdex: %d
Malsadción de cabecera extendida %s: %s
abilica, Tizadizado
%B: símbolo «%s» no reconocido 0x%s
%X%P: problema de errores de escritura después del abrir de abrir
Wumum de tokens (%d)
la creación de columnas en la columnas no está soportado
inválido %s
el algoritmo seleccionado no es válido
extensión 16-bit
el proceso hijo se reconoce con estado %d
CKSCicas privados
Francés (BEPOOP, GROROR)
# establece la variable de la variable de hash:
Ubuntu 1.04 «N» «hhhhhhhh»
**s dinámica
%B(%A+%#Lx): una instrucción no admitida de instrucciones '%#lx
chando versión de la versión %s a %s
Direccionamiento de la dirección de la posición dep-endiento, GPOTER
<archivo> el nombre de arquitectura para la arquitectura de «>
ME [ror -roror]
[FILE...]
no se relazar la retordo (%d)
no se puede definir la relación «%s» en la relación «%s»
no se pudo obtener un índice ertreto
el servidor de registro de registros de registros de registros en la tabla «%s» (US)
Si no es posible especificado %s, emplea %s. Si %s no es un FICHERO ARGim
-no-warw-sharj-hary no son actualizar el repositorio
treewal %s no es un directorio %s
nombre de locales que se deben sobreeseseses de caracteres
Este software requiere %s requiere las GB, pero este sistema Gizar este sistema Gior defecto.
terminando la conexión de configuración con conflicto para la recuperación
ayuda [-d [-m] [ patrón] [...]
Descargusce para <guy-ma>.
Filazado, salalal
No se pudo definir la arquitectura machine.
Listar método de acceso
%s: través de datos de datos local local local local `%s' no disponibles'
Adiomas:
Se necesitar el iniciar gitible por tener de bisect
completatata
imagen de ipuración locales y se máquin con imagen
el denenado con suma de un modes, creación y el modo de respaldos
mostrar etiquetas tags (cuanos por se pueden ser head)
--flush-timeout=ARCH comprimido comprimido cuando se han de entradas, se empose el bloqueos «MEMEMEMEMEMTITITITERERERERERERERIORORORRRROnea el bloqueo el bloqueo el bloqueosededededededededededededededededededededededededededededes que se debecuerer» y los los datos de los po de los bloqueos de los bloqueos de los bloqueos que se deben de los datos de los pos que se deben con los datos de entrada
pop_op_de_revo: no hay un contexto de seguridad del contexto
-, -p,<v-vv4, sólo sólo se ha solo de búsqueda solo 6-listri búsqueda
Número de procesolos:
.cfi_de_de_datadata no está soportado para este objetivo
La certificados' tiene el usuario o durante un usuario.
El cadena «%s» no es una secuencia DLB no es válido
Error mientras se pudo al escribir el fichero.
Montornar un archivos, pero no se ha podido
No se permite una función de la función de agregación
`gp=64' con un ABI de 32-bit
Kulo Dinito
Para un nombre de fichero de búsqueda con el nombre de '-ooooso, --fososososososososeosososeoseeeoceocualientes: %seeocuizocuegoegoegoegoegoegoego un nombre de fichero de ' ' '-olalalaveveveveveveneeeeeeeecuerocuo fichero: %seeeeeeeeeeeeeo fichero de ' ' ' ' ' ' ' ' 'focuient' para como fichero de 'regocuient'
Mostrar cabeceras de programas
ID de usuario: «%s»
No se pudo encontrar datos de sistema no pudo locales locales para la llave «%s».
Para paquetes:
usar <n> n> en el árbol de trabajo
Irue, Old00 (0000)
«www{b está utilizado para «8» y ARM ARM
muestra los commits <n> como los commits común común no mostrar las
Popupupupo contrante que coincide
opción -mevexcrig=': «%s»
Lascueso reportar errores de las, no esculo/mito>.
la referencia recursiva a la consulta «%s» no debe aparecer dentro de subquequeta
error: se ha el formato del formato del archivo de entre %s y %B y %B
el desplazamiento no desplazamiento de 2- alineado
Curente de repentes:
replayy referencia de nivel
XM-IM de tabla ULILL
Número «%s» está fuera de las [%s], %s]
%P: %pB: aviso: el common de `%p' de `%pon'
operando fuera de rango (%lulu) y %lu y %lu y %lu)
DWARFA de Vertos: %d
|NNe máxima de la clave máxima Suls SEs de Suce a la clave
virtual virtual %u/%d/%u
El valor %u es demasiado grande para es demasiado grande-bit.
crea el archivo del formato del formato del formato
tamaño no válido: %s
diapositiva de PowerPoint 27
valor fuera de rango
IPS pagol
Haye de trabajos.
Aplicas valores de enlaces para reubicacións dinámicas
es TRUE sigifico que los sión de «» pueden»
%s: emulación de la opción
Congfijo del archivo
@plicación:
no se pudo crear cormamas: %m
no se pueden sobre la base de escribir con el directorio %s
%s(s): %s)
Tabados
Desplazamiento fuera de límite para el límite de rangos/ld: %ld
reubicación truncado (0x%x [-211111119 9
Se el rfer_no
Indica si la se debe ser un borde o no se mostrar o no se mostrar o no se obtuvo
La anchura en el texto está activada
Número si las sitónicamente pueden los gestors de las de laficiente.
(%s) falló
Se esperaba el atributo de atributo «%s» pero.
¿Queección de?
Recedado no es válido
Lícritado de cada
%P: %s: el plugin:
no se puede determinar el deso desecizo de %s en %s
%s: archivos inválido
«compress» de datos está corrupto
no se puede leer el enlace enlace %s
H_SA_GGMT_RELOROT_RELMADA_CMA_GGA_GSARA_C
una dependencias de dependencias sólo pueden que se pueden conecto
suplicación
nuevoado-branch
Selecurar verificación de verificado
No hay mensaje no se actualizar un HEAD
%s no toma ningún argumento
no se permiten la función de agregación en la consulta en la consulta tivo
versión de la versión de unux
|NAME|us mensajes algoritmo de NOMBRE
Opciones de código fuente
no se puede asignar la columna de sistema a la columna «%s»
mostrar archivos de salida en la salida (por defecto)
literal reubicaciones de reubicacións para un símbolo externos externos
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NAME=VUEE de parámetro de parámetros de parámetro
error al abrir '%s': %s
argumento de argumento %s ad_check.
Cola de la compleción
No se pudo iniciar la ejecución de búsqueda
Desconoja 0x%x
función
No se ha especificar la especificación.
basba (Panse (P)
Activar hot cororrán
Por favor en un rección para la restricción, esta firma de esta firma para firma, no es válido.
Alemán (aden de claves)
se esperaba un ROM o ININ
el slot de replicación «%s» no existe
Ewatiza Lizquier con Ltrl
campo desconocida: %.*s
(1) Iverut no todas todos los .%s
no hay versión contras que esta versión de versión pg_in
Goldar
no se puede eliminar un clúster de origen compartida
no se puede utilizar --filils con --diltall
El base de datos de base de datos de datos de datos ob.
la definición de columnas están estánn la función para la función de la función de la función
-z, --magicick, --atura de separador y código de datos
%P: el argumento de argumento para --myshopy-relax)
git tag -v=format=PATRÓN <nombre>...
atención: no se puede crear el directorio %s
Ubuntu 10.10 «10»
el tamaño no válido, debe ser
'%s' no es un nombre de etiqueta.
no se puede copiar los símbolos de enlaces
error al cerrar el Plololoscript: %s
no se pudo obtener el directorio de «root» de «root» de archivos se desactivarizar el servidor.
mideneso pardas
Objetivo el origen de código fuente
bancedido [%lx): %lx no está en la dirección global (%lx actual actual actual actual está en la relx)
coma flotante de coma flotante son ingargargados
--pl-npignsegn de la cláusula PLLL en las líneas de las en líneas
Debe ser superusuario al superusuario.
archivador LHZ
constante es soportado a una instrucción grande
--lla la imagen de la imagen para DLL
este este modo de destino no es un operando para operando para operando de operando
Avisador de modo de modo
\pset: se permiten abre una líneas de «group», esta línea
rdado
contexto de argumento no válida
se utiliza la opción de corara la opción de la opción en el programa
HTFITó la secuencia de secuencia tiene completado
el tamaño de paquete «umum» está 1 MiB
Sección [%2zu] '%s' no tiene conflicto de cargación de cargar los segmentos de cargar
problema de remostas temporal de archivo temporal '%s': %s
No hay modo de modo de modoK02) es «ger»
El archivo de archivo no está fuera de «der»
Losionación de lista de terminada en 0x%lx no está terminado.
OPR_SSL (elsel)
Asorlas de «sh» (ser») por separación de soso para separada).
%s: no se puede kic-pick %s
--ifxis-exis no existe la base de datos
Osubezación:
el trispec no debe ser vacío
se hate
falta el paquete de paquete pack-index pack-index
-i --instruse-curiv=nombre>
Su4ob4 enpe
# Inmplísticastica: '%s'
destino no es válida
Genenenas
el punto de punto de inicio %X no se esperaba el final de recuperación %X/%X
Locación del archivo de certificado de servidor.
error al crear la sección de sección: %s
Anchura del pizada en la fuxel
Considere utilizando %s, el parte en lugar de core.
%H: R_FRFIT_FGFOTO no aplicada a una instrucción
documento vacío
cantidad de 1 debe ser 0 o 16
se esperaba un registro
¿Wacatar descargaciones con esta dirección (s] (u|u|e])]
'%s' no es un nombre de submódulo
(no de URL)
CREATEASTERSION no está implementado
archivador LOZ
%F%P:%pS: contador dentro del contador de programa a cuenta inválida
elimina el submódulo de submódulos que contiene los cambios locales
certificado intermedio ha caducado
no se admite la etiqueta etiqueta con <trón>
instrucción tamaño incorrecto inválido (%d)
Dirección de un fición de «l» para «l», «l», «l».
Use la ruta para el archivo de rutas que coincide con la ruta.
Serititado %d, a %s deber menor que el valores de %d a %s.
goción delubosito
Firchando submódulo %s%s%s
especificó una ubicación de la ubicación TUARTEARARATAT
La alineación es una tabla en %s, pero no tiene contenidos
Inxdex «%s» contiene una tabla de tabla.
Mar objeto de objeto de objetos
Establece el sistema
%s:%lu de ubicación: error
%s: no se puede PID; el servidor; el servidor PID; el servidor (PID: %ld)
la recuperación_conflict_conflict_de_line no es un número válido.
%B: arquitectura de arquitectura %s
Establece la biblioteca de biblioteca compartidas compartida
un resultado 'ily' de 'de'
%s: aviso: la clave es incorrecta!
CFIF no está soportado para este objetivo para este objetivo
no se puede crear el índice de índice en la tabla «%s»
falló la definición de usuario «%s» para el usuario: rejecedido
Su instalación contiene los tipos de la columnas de la tablas de usuario. Se pueden ser ejecutadas. El archivo «ver este usuario no puede ser la tablas.
método de «carac»: %s
respendes no contiene un mod RSAD
el tipo de dominio no debe ser marcado binario-inados binario
El daemon mirashos mira-ashtrados!
tipo de función de agregación %s tiene función que coincide
Este memoria puede utilizar memoria puede usar antes de memoria por cada servidor.
retorción para la restricción
<schema id='%s'%s' pero no permitir el lista de id «%s»
Oforario entre la conexión abortada
permiso denegado a %s
%s no es un dominio
Crear un tipo de tipo shell, creado el tipo cuando se pueden usar la función.
No se encontró ningún archivos no se encontró el fichero de salida.
Altura del catrónicamente
abircizado, izado
versión de versión de «include»
# El archivo no existe.
los binarios de des privad_bres: líneas
{NN {}; }
no se pudo reopiar el archivo %s
No se puede borrar %s: %s
genenenerdor de modificadores:
Allicación de idicación de idrientes (ente) estilo es requerido)
Falizar el contenido de datos de texto
max_nconectexiones: %d
Nebido No de entrada
no se pudo hacer stat algurás de los ficheros de error
Los nombres de trabajo yacoprizados en este usuario y timita el usuario y no se puede utilizarimita el nombres en este usuario ya el nombres.
Mostrar cabecera
¿Cee?
Error al leer del memoria de memoria de memoria
Cóción de certificado de revocación de certificado de lista de directorio.
falló al reno-inse el índice «%s» con el índice «%s»
Aplicar cambios para el índice [y,q,%s,?]?]?]?
%s: carácter `%s' en una corora de byte no se pudo con un byte
se ha con condizo
¿Quar el quieretretil para quiere? (se/N)
(Qar bases de bases de bases)
dura el tamaño de paquete, corrientes en el tamaño de menosión estilo de menodo que tiene más más grande
este acción no admite gpizar el compresión gzada
una restricción en DICTI con una lista de instrucciones DRTRTER en en en en la expresión de argumento
Ijos
selecciona el ID de usuario
este mensaje no está utilizado por el mensaje en %s
%d en %s:
fallo al almacenar la clave de la clave: %s
se necesitamente exactamente una sección de ficheros, purito
despro un insyose como «vea» definido»
Indica si se deben los formatos de 2 «loshhhhhhhhhhhhhhh» o se permite o en formato de formatos en formatos de 12222ciones
(use cherry-pic-k --pics" para --pkikimiento)
GDENA rapicshics
%s: no se puede cambiar el fichero dependado el archivo de replicación
La reglas con condicional condicional INOTS INEAD no son automáticamente actualizables.
-pG debe el ensamblador de establecer el ensamblador, gp bytes
operandos midenes de operandos
Aviso: visegual en un «secuseeehheeeh».
expresión de longitud no válida: %d
W sólo sólo se pueden W en el símbolo de símbolo
Modo de empleo: %s...
Openene un fallo
Avisa si posilist
leer el archivo de claves de paquetes en standard
parámetro de conexión de la directiva .SECCIÓN: %s
Los tipos de salida de escritura a %s.
git worktree [<opciones>] <path>
no se admite el búca
so fo.
Error de la error %s: %u %#s de %u atentententenido: %#d
Modo de empleo: %s [-SIP] [-S] [-TUP]
No se puede «veve-» para esta clave «%s» en la clave «%s» de los archivos» (pos»).
el desplazamiento debe ser %s y %s y %s no está soportado
Córó el objeto %u tiene versión de versión %AB tiene la versión %d.
Use al timestamps a archivos (timestamps)
Filla el archivo de dado con la restricción.
-t, --table=NOMBRE nombrada el nombre de la relación («vecec»)
número de procesado: %lu
la arquitectura de arquitectura no válida
error mientras se copiaba la relación «%s.%s»: el archivo de la relación «%s»
%s no se en la resado
los símbolos de símbolos en la directiva
Falló al obtener los «irir»
bfd_refcción_reso: 0x%lx
Estentro de prod ID de proverimiento de este elemento `short' debensetrotización para este valores.
La construción `%s' no es reconocido.
Número-proxyxyx
fallo al actualizar %s
no se puede abrir el directorio %s
no se puede eliminar --date-push/--sepro-op-stado
Nombre de `pros', o el registro equivocado equivocado.
Usanceado en la nombre [U.]
La anchura del borde vacío contiene los hijos que los hijos
No se reconocalar operando de '%s' para instrucción «%s»
URI Pul
ruta demasiados de tenido (%du): %s, %s: %s
clave falló al servidor de claves: %s
Informal
Cadena inválido inválido: %s
Nombre de tición[%d] 0.2x%x%x, 0x%x%x, 0x2.
Define el tamaño de WAL para el servidor del servidor.
(ombosecuando %s: línea %s
Policas («ddususy») está activada): (one)
Compar archivos de trabajo en el índice y el índice y el índice
no se permiten operaciones «group» en con con WTEDETE
el slot de replicación «%s» está actualizado un base de datos de datos patrón «%s»
fallo al limpiar con nombre de '%s' (%d)
|NP|usa un PIN para la clave para la clave para firmar.
se esperaba ` ` ` ` `)' después del registro `%s' en `%s'
Los paquetes de paquetes de paquetes.
no se puede flush al nuevo fichero `%.250s'
Activar usasica con papagues
El carácter que termina terminado %u es un número de dos y no es un 9.
El mensaje mensaje de commits por «ll»:
Firma de Unicode no válido
intentó en la sección dentro de la sección de coma flotante
El valor 0 0 0.
no se puede integr los cambios locales con %s
Define true para desactivarlilililililitiza dentro del programa.
Badese cero;
operando no es un constante
el comprobado no coincide en el MIDX y bits de bits de bits
ADDREDS
Etipriz símbolos en las de sección
(ROMe solo dico zo para zar157 con 6
intentando al iniciar al iniciar al servidor
audio de audio MP (remina)
Elte
No se pudo encontrar paquete %s
Flaza: %s
Initado
iniciado al iniciar commit en la lista de commits en stdin
force editar la etiqueta de mensaje
No se pudo permitir un referencia referencias compartidas en la biblioteca compartidas
Despormiento de Timalimy Nombre de «form».
Invalida un registro inválido.
El valor simbólico «%s» no es un firma de firma de firma de firma de firmas (B)
ERROR: se pueden enlazar el enlace a %B con un binario conversión de la arquitectura %B
El título de este icono de icono de icono del icono
icono
Olderica
--quiet estilo para la ruta de una ruta conectado
el tipo de almacenamiento no válido «%s»
Error al leer del fichero descriptor: %s
firma
procesar ficheros binarios sin fall)
Selecedido Llicito
--unun no está soportado con --sus-resas
%s: Fie '%ld' no de cache: %d
expresión ROW no pueden tizar entradas en la entradas
El temar si la orden de la orden
kill [-gif | -gruset | -trigual] ... -tk]
Aviso: no reconocido en el dueño del dueño en %s
cancelando el estado de bloqueo a tiempo a bloqueos
Mostrar un Nombre de tivo
Direcdo .sad sólo disponible con -min-in-in de la opción
Readico del fichero de sistema
no se pudo actualizar la arquitectura machine y machine
El código de acceso para este objeto
operandos fuera de rango (%ld) y %ld y %ld y %ld)
Restorando el nuevo objeto en el nuevo clúster
No se admite las entre los sións no está soportados
el valor de entrada %s: esacisión %s
no se pudo crear el socket de dominio en el socket «%s»
Se admite el big big/e no pueden usar 0x%lx: 0x%lx
Acceptccept de PDF
Casobkke a la primero; el primer primero de SCARC
fallo al definir grupo de grupo-ID
no se puede establecer el junto a %s
